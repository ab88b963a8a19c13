package org.chainbreaker.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.chainbreaker.ChainbreakerApplication;
import org.chainbreaker.testing.GraphQlOverHttp;
import org.chainbreaker.testing.SchemaScripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Setting spring.neo4j.uri is all it takes to use an external server: no embedded database starts, and the
 * schema, regions, demo and GraphQL API work against the server (GDS analyses report the missing plugin). A separate
 * Neo4j instance, without GDS procedures, plays the server.
 */
class ExternalNeo4jIT {

  @TempDir
  Path appDir;

  @Test
  void externalUriSwitchesTheEmbeddedDatabaseOffAndARestartChangesNothing(@TempDir Path serverDir) throws IOException {
    try (EmbeddedNeo4j server = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(serverDir, 0))) {
      try (ConfigurableApplicationContext app = start(server)) {
        assertThat(app.getBeansOfType(EmbeddedNeo4j.class)).as("embedded database beans").isEmpty();
        assertThat(appDir.resolve("never-used")).doesNotExist();
        GraphQlOverHttp.tester(port(app)).documentName("stats").execute().errors().verify()
            .path("stats.persons").entity(Long.class).satisfies(n -> assertThat(n).isBetween(200L, 400L))
            .path("stats.regions").entity(Long.class).satisfies(n -> assertThat(n).isGreaterThan(3_000));
        // This server has no GDS registered: an analysis that needs it says so instead of failing obscurely.
        GraphQlOverHttp.tester(port(app)).documentName("key-players").variable("input", Map.of("wholeGraph", true))
            .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
              assertThat(error.getMessage()).contains("Graph Data Science", "plugin");
              assertThat(error.getExtensions()).containsEntry("missing", "Neo4j Graph Data Science (GDS)");
            }));
      }
      long persons = count(server, "MATCH (p:Person) RETURN count(p) AS n");
      long relationships = count(server, "MATCH ()-[r]->() RETURN count(r) AS n");
      assertThat(persons).as("persons written to the external server").isBetween(200L, 400L);

      try (ConfigurableApplicationContext again = start(server)) {
        assertThat(count(server, "MATCH (p:Person) RETURN count(p) AS n")).as("demo not loaded twice").isEqualTo(persons);
        assertThat(count(server, "MATCH ()-[r]->() RETURN count(r) AS n")).as("regions merged, not duplicated")
            .isEqualTo(relationships);
        assertThat(count(server, "MATCH (m:SchemaMigration) RETURN count(m) AS n"))
            .isEqualTo(SchemaScripts.versions().size());
      }
    }
  }

  private ConfigurableApplicationContext start(EmbeddedNeo4j server) {
    // Command-line arguments outrank application.properties, as they would for an operator.
    return new SpringApplicationBuilder(ChainbreakerApplication.class).run(
        "--spring.neo4j.uri=" + server.boltUri(),
        "--server.port=0",
        "--chainbreaker.embedded.data-dir=" + appDir.resolve("never-used"),
        "--chainbreaker.demo.scale=0.05",
        "--chainbreaker.demo.ground-truth-file=" + appDir.resolve("truth.json"),
        // no background risk sweep: its scores would change the relationship count between the two starts
        "--chainbreaker.risk.sweep-interval=0");
  }

  private static int port(ConfigurableApplicationContext app) {
    return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
  }

  private static long count(EmbeddedNeo4j server, String cypher) {
    return server.database().executeTransactionally(cypher, Map.of(), result -> (Long) result.next().get("n"));
  }
}
