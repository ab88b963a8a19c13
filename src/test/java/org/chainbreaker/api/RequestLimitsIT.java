package org.chainbreaker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.chainbreaker.ChainbreakerApplication;
import org.chainbreaker.graph.EmbeddedNeo4j;
import org.chainbreaker.testing.ChainbreakerTest;
import org.chainbreaker.testing.GraphQlOverHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
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
}
