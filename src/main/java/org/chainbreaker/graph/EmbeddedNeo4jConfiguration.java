package org.chainbreaker.graph;

import java.net.URI;
import java.util.Map;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded Neo4j (with the Graph Data Science procedures registered) and points Spring's driver at its
 * Bolt connector; inactive as soon as {@code spring.neo4j.uri} names an external server or cluster (which then needs
 * the GDS plugin of its own).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalNeo4jNotConfigured.class)
class EmbeddedNeo4jConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
    EmbeddedNeo4j embedded = EmbeddedNeo4j.start(properties);
    try {
      GdsProcedures.register(embedded.database());
    } catch (RuntimeException e) {
      embedded.close();
      throw e;
    }
    return embedded;
  }

  // The driver bean depends on this one, so Spring closes the driver before it shuts the database down.
  @Bean
  Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embedded) {
    return new Neo4jConnectionDetails() {
      @Override
      public URI getUri() {
        return embedded.boltUri();
      }

      @Override
      public AuthToken getAuthToken() {
        return AuthTokens.none();
      }
    };
  }

  @Bean
  InfoContributor embeddedNeo4jInfo(EmbeddedNeo4j embedded, EmbeddedNeo4jProperties properties) {
    return builder -> builder.withDetail("embeddedNeo4j", Map.of(
        "boltUri", embedded.boltUri().toString(),
        "dataDir", properties.dataDir().toAbsolutePath().normalize().toString()));
  }
}
