package org.chainbreaker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chainbreaker.ChainbreakerApplication;
import org.chainbreaker.demo.DemoProperties;
import org.chainbreaker.graph.EmbeddedNeo4j;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service for benchmarks: on the demo network at {@code -Dbenchmark.scale} (10 by default), loaded once into
 * {@code target/benchmark-neo4j/} and reused by later runs, without the background risk sweep, with a driver to its
 * Bolt port and an HTTP client for /graphql.
 */
public final class BenchmarkService implements AutoCloseable {

  /** Demo scale of the benchmark database. */
  public static final double SCALE = Double.parseDouble(System.getProperty("benchmark.scale", "10"));
  private static final Path DATA =
      Path.of(System.getProperty("benchmark.data-dir", "target/benchmark-neo4j/scale-" + SCALE));

  private final ConfigurableApplicationContext app;
  private final Driver driver;
  // Posted with HttpURLConnection: a blocking HTTP/1.1 client that keeps connections alive, as lean as the driver is
  // on the direct side. The JDK's HttpClient hands every response over from its selector thread, which added about
  // 3 ms per request on this 2-core machine: the client's cost, not the service's.
  private final URL graphql;

  private BenchmarkService(ConfigurableApplicationContext app) {
    this.app = app;
    this.driver = GraphDatabase.driver(app.getBean(EmbeddedNeo4j.class).boltUri(), AuthTokens.none());
    try {
      this.graphql = URI.create("http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/graphql")
          .toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts the service (loading the demo the first time). */
  public static BenchmarkService start() {
    return start(new String[0]);
  }

  /** Starts the service with further settings ({@code --name=value}), loading the demo the first time. */
  public static BenchmarkService start(String... settings) {
    List<String> args = new ArrayList<>(List.of(
        "--server.port=0",
        "--chainbreaker.embedded.bolt-port=0",
        "--chainbreaker.embedded.data-dir=" + DATA,
        "--chainbreaker.demo.scale=" + SCALE,
        "--chainbreaker.demo.ground-truth-file=" + DATA.resolve("ground-truth.json"),
        // No background risk sweep: after RiskBenchmark has cleared the scores it would score some 100,000 shipments
        // for minutes, taking its CPU from whatever a benchmark is timing.
        "--chainbreaker.risk.sweep-interval=0"));
    args.addAll(List.of(settings));
    return new BenchmarkService(new SpringApplicationBuilder(ChainbreakerApplication.class)
        .run(args.toArray(String[]::new)));
  }

  /** A driver to the service's embedded database. */
  public Driver driver() {
    return driver;
  }

  /** The demo's ground truth. */
  public DemoTruth truth() {
    return DemoTruth.read(app.getBean(DemoProperties.class).groundTruthFile());
  }

  /** Posts a GraphQL request body; fails (naming the request) on an HTTP error or a GraphQL error. */
  public String post(String name, String body) {
    try {
      HttpURLConnection connection = (HttpURLConnection) graphql.openConnection();
      connection.setRequestMethod("POST");
      connection.setDoOutput(true);
      connection.setRequestProperty("Content-Type", "application/json");
      try (OutputStream out = connection.getOutputStream()) {
        out.write(body.getBytes(StandardCharsets.UTF_8));
      }
      int status = connection.getResponseCode();
      String response;
      try (InputStream in = status == 200 ? connection.getInputStream() : connection.getErrorStream()) {
        response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (status != 200 || response.contains("\"errors\"")) {
        throw new IllegalStateException(name + ": HTTP " + status + " " + response);
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.close();
    app.close();
  }
}
