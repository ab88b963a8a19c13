package org.chainbreaker.graph;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * How the service runs Cypher, whichever database (embedded or external) it talks to.
 *
 * @param database the Neo4j database name; empty means the server's default database
 * @param queryTimeout transaction timeout for every query the service runs; default 30 s
 */
@Validated
@ConfigurationProperties("chainbreaker.graph")
public record GraphProperties(
    @DefaultValue("") String database,
    @NotNull @DefaultValue("30s") Duration queryTimeout) {}
