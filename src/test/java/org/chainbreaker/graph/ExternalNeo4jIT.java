package org.chainbreaker.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.chainbreaker.ChainbreakerApplication;
import org.chainbreaker.testing.GraphQlOverHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Setting spring.neo4j.uri is all it takes to use an external server: no embedded database starts, and the
 * schema, regions, demo and GraphQL API work against the server. A separate Neo4j instance plays the server.
 */
class ExternalNeo4jIT {

  @Test
  void externalUriSwitchesTheEmbeddedDatabaseOff(@TempDir Path serverDir, @TempDir Path appDir) {
    try (EmbeddedNeo4j server = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(serverDir, 0));
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ChainbreakerApplication.class).run(
            "--spring.neo4j.uri=" + server.boltUri(),
            "--server.port=0",
            "--chainbreaker.embedded.data-dir=" + appDir.resolve("never-used"),
            "--chainbreaker.demo.scale=0.05",
            "--chainbreaker.demo.ground-truth-file=" + appDir.resolve("truth.json"))) {

      assertThat(app.getBeansOfType(EmbeddedNeo4j.class)).as("embedded database beans").isEmpty();
      assertThat(appDir.resolve("never-used")).doesNotExist();

      int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      GraphQlOverHttp.tester(port).documentName("stats").execute().errors().verify()
          .path("stats.persons").entity(Long.class).satisfies(n -> assertThat(n).isBetween(200L, 400L))
          .path("stats.regions").entity(Long.class).satisfies(n -> assertThat(n).isGreaterThan(3_000));
      long onServer = server.database().executeTransactionally("MATCH (p:Person) RETURN count(p) AS n", java.util.Map.of(),
          result -> (Long) result.next().get("n"));
      assertThat(onServer).as("persons written to the external server").isBetween(200L, 400L);
    }
  }
}
