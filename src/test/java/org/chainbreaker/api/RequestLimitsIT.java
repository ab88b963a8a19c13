package org.chainbreaker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.chainbreaker.ChainbreakerApplication;
import org.chainbreaker.graph.CypherRunner;
import org.chainbreaker.graph.EmbeddedNeo4j;
import org.chainbreaker.graph.RequestDeadline;
import org.chainbreaker.graph.RequestDeadlineExceededException;
import org.chainbreaker.testing.ChainbreakerTest;
import org.chainbreaker.testing.GraphQlOverHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The per-request time limit, end to end: a second instance of the service on the demo database of the shared one
 * (as a second node would run against a server), with a limit far below what a prefecture flow matrix takes.
 */
@ChainbreakerTest
class RequestLimitsIT {

  @Autowired
  EmbeddedNeo4j database;

  @TempDir
  Path appDir;

  @Test
  void requestRunningPastTheLimitGetsATimeoutErrorAndTheServiceKeepsAnswering() {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ChainbreakerApplication.class).run(
        "--spring.neo4j.uri=" + database.boltUri(),
        "--server.port=0",
        "--chainbreaker.embedded.data-dir=" + appDir.resolve("never-used"),
        "--chainbreaker.demo.enabled=false",
        "--chainbreaker.api.request-timeout=100ms")) {
      HttpGraphQlTester graphql = GraphQlOverHttp.tester(
          Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));

      graphql.documentName("region-flows").variable("input", Map.of("level", "PREFECTURE")).execute().errors()
          .expect(e -> "TIMEOUT".equals(String.valueOf(e.getErrorType())) && e.getMessage().contains("100 ms")
              && !e.getMessage().contains("Exception"))
          .verify();

      graphql.document("{ __typename }").execute().errors().verify()
          .path("__typename").entity(String.class).isEqualTo("Query");
      assertThat(app.isRunning()).isTrue();
    }
  }

  @Test
  void everyControllerMethodSeesItsRequestsDeadline() {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ChainbreakerApplication.class).run(
        "--spring.neo4j.uri=" + database.boltUri(),
        "--server.port=0",
        "--chainbreaker.embedded.data-dir=" + appDir.resolve("never-used"),
        "--chainbreaker.demo.enabled=false",
        "--chainbreaker.api.request-timeout=45s",
        "--spring.graphql.schema.locations=classpath:graphql/schema/,classpath:graphql/probe/",
        "--deadline-probe=on")) {
      HttpGraphQlTester graphql = GraphQlOverHttp.tester(
          Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));

      GraphQlTester.Response response = graphql.document("{ requestLimitMs longRunningRequestLimitMs }").execute();
      response.errors().verify();
      response.path("requestLimitMs").entity(Integer.class).isEqualTo(45_000);
      response.path("longRunningRequestLimitMs").entity(Integer.class).isEqualTo(45_000);

      // fields loaded in batches (an alert's history, its shipment): their queries are bounded by the deadline too
      GraphQlTester.Response batched = graphql.document(
          "{ batchedProbes { n registryLoaderLimitMs batchMappingLimitMs } }").execute();
      batched.errors().verify();
      batched.path("batchedProbes[*].registryLoaderLimitMs").entityList(Integer.class)
          .containsExactly(45_000, 45_000, 45_000);
      batched.path("batchedProbes[*].batchMappingLimitMs").entityList(Integer.class)
          .containsExactly(45_000, 45_000, 45_000);
    }
  }

  @Test
  void aQueryGetsNoMoreThanTheTimeLeftToItsRequest(@Autowired CypherRunner runner) {
    // Runs for hours unbounded: the request's deadline, not the 30 s query timeout, must end it.
    String endless = "MATCH (a:Person), (b:Person), (c:Person) WHERE a.name + b.name <> c.name RETURN count(*) AS n";
    RequestDeadline.set(RequestDeadline.startingNow(Duration.ofMillis(300)));
    try {
      assertThatThrownBy(() -> runner.readText(endless, Map.of(), row -> row.get("n").asLong()))
          .isInstanceOf(RequestDeadlineExceededException.class)
          .hasMessageContaining("300 ms")
          .cause().isInstanceOf(ClientException.class);

      // Past the deadline, nothing more is started.
      assertThatThrownBy(() -> runner.readText("RETURN 1 AS n", Map.of(), row -> row.get("n").asLong()))
          .isInstanceOf(RequestDeadlineExceededException.class)
          .hasNoCause();

      // Except releasing what earlier steps took: a GDS projection left behind would hold server memory.
      assertThatCode(() -> runner.release("takedown/drop-graph", Map.of("graphName", "no-such-projection")))
          .doesNotThrowAnyException();
    } finally {
      RequestDeadline.clear();
    }
  }
}
