package org.chainbreaker.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real HTTP port with its embedded Neo4j (any free Bolt port, a fresh data directory)
 * and the demo network at scale 1. All classes carrying it share one Spring context, so one database per run.
 * New alerts are posted to two webhook endpoints on the test JVM's {@link WebhookReceiver}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "chainbreaker.embedded.data-dir=target/it-neo4j/${random.uuid}",
    "chainbreaker.embedded.bolt-port=0",
    "chainbreaker.demo.scale=1",
    "chainbreaker.demo.ground-truth-file=target/it-neo4j/ground-truth.json",
    // Webhooks: two case systems on the test receiver (one signs, one authenticates), short retries.
    "chainbreaker.risk.webhooks.endpoints[0].name=case-a",
    "chainbreaker.risk.webhooks.endpoints[0].url=http://127.0.0.1:${" + WebhookReceiver.PORT_PROPERTY + "}/case-a",
    "chainbreaker.risk.webhooks.endpoints[0].secret=" + WebhookReceiver.SECRET,
    "chainbreaker.risk.webhooks.endpoints[1].name=case-b",
    "chainbreaker.risk.webhooks.endpoints[1].url=http://127.0.0.1:${" + WebhookReceiver.PORT_PROPERTY + "}/case-b",
    "chainbreaker.risk.webhooks.endpoints[1].authorization=" + WebhookReceiver.AUTHORIZATION,
    "chainbreaker.risk.webhooks.max-attempts=3",
    "chainbreaker.risk.webhooks.initial-backoff=200ms",
    "chainbreaker.risk.webhooks.max-backoff=1s",
    "chainbreaker.risk.webhooks.request-timeout=1s",
    // Events and back-off ends wake the dispatcher; no periodic round may disturb tests that count transactions.
    "chainbreaker.risk.webhooks.dispatch-interval=1h",
    // no background sweep: the tests score what they need when they need it (RiskValidationIT sweeps the demo)
    "chainbreaker.risk.sweep-interval=0"})
@ContextConfiguration(initializers = WebhookReceiver.Port.class)
@Import(SchemaDrift.class)
public @interface ChainbreakerTest {}
