package org.chainbreaker.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real HTTP port with its embedded Neo4j (any free Bolt port, a fresh data directory)
 * and the demo network at scale 1. All classes carrying it share one Spring context, so one database per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "chainbreaker.embedded.data-dir=target/it-neo4j/${random.uuid}",
    "chainbreaker.embedded.bolt-port=0",
    "chainbreaker.demo.scale=1",
    "chainbreaker.demo.ground-truth-file=target/it-neo4j/ground-truth.json",
    // no background sweep: the tests score what they need when they need it (RiskValidationIT sweeps the demo)
    "chainbreaker.risk.sweep-interval=0"})
@Import(SchemaDrift.class)
public @interface ChainbreakerTest {}
