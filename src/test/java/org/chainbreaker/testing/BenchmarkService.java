package org.chainbreaker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
 * {@code target/benchmark-neo4j/} and reused by later runs, with a driver to its Bolt port and an HTTP client for
 * /graphql.
 */
public final class BenchmarkService implements AutoCloseable {

  /** Demo scale of the benchmark database. */
  public static final double SCALE = Double.parseDouble(System.getProperty("benchmark.scale", "10"));
  private static final Path DATA =
      Path.of(System.getProperty("benchmark.data-dir", "target/benchmark-neo4j/scale-" + SCALE));

  private final ConfigurableApplicationContext app;
  private final Driver driver;
  private final URI graphql;
  // HTTP/1.1 as investigators' clients speak it; the JDK client would otherwise try an h2c upgrade on every request.
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private BenchmarkService(ConfigurableApplicationContext app) {
    this.app = app;
    this.driver = GraphDatabase.driver(app.getBean(EmbeddedNeo4j.class).boltUri(), AuthTokens.none());
    this.graphql = URI.create("http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/graphql");
  }

  /** Starts the service (loading the demo the first time). */
  public static BenchmarkService start() {
    return new BenchmarkService(new SpringApplicationBuilder(ChainbreakerApplication.class).run(
        "--server.port=0",
        "--chainbreaker.embedded.bolt-port=0",
        "--chainbreaker.embedded.data-dir=" + DATA,
        "--chainbreaker.demo.scale=" + SCALE,
        "--chainbreaker.demo.ground-truth-file=" + DATA.resolve("ground-truth.json")));
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
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(graphql)
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
        throw new IllegalStateException(name + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    driver.close();
    app.close();
  }
}
