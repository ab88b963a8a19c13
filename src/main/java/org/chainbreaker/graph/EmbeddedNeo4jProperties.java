package org.chainbreaker.graph;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of the embedded Neo4j that runs when no external {@code spring.neo4j.uri} is configured.
 *
 * @param dataDir home directory of the embedded database (store, transaction logs, Neo4j's own logs); default {@code ./data}
 * @param boltPort Bolt port on 127.0.0.1; 0 picks any free port (the chosen one is logged and shown in /actuator/info); default 7687
 */
@Validated
@ConfigurationProperties("chainbreaker.embedded")
public record EmbeddedNeo4jProperties(
    @NotNull @DefaultValue("./data") Path dataDir,
    @Min(0) @Max(65535) @DefaultValue("7687") int boltPort) {}
