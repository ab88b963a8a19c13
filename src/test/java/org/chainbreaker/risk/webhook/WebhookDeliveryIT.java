package org.chainbreaker.risk.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.assertj.core.data.Offset;
import org.chainbreaker.graph.CypherRunner;
import org.chainbreaker.risk.AlertRaised;
import org.chainbreaker.testing.ChainbreakerTest;
import org.chainbreaker.testing.GraphQlOverHttp;
import org.chainbreaker.testing.WebhookReceiver;
import org.chainbreaker.testing.WebhookReceiver.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhook delivery end to end: alerts raised here as scoring raises them (the outbox records their deliveries in a
 * write transaction, then the AlertRaised event follows the commit), the outbox in the embedded database, the
 * dispatcher, and a real HTTP receiver standing in for two case systems (case-a signs with a secret, case-b sends an
 * Authorization header; 3 attempts, back-off from 200 ms, 1 s timeout).
 */
@ChainbreakerTest
class WebhookDeliveryIT {

  static final String CASE_A = "/case-a";
  static final String CASE_B = "/case-b";
  static final Duration PATIENCE = Duration.ofSeconds(20);

  @Autowired
  ApplicationEventPublisher events;
  @Autowired
  WebhookDeliveries deliveries;
  @Autowired
  WebhookDispatcher dispatcher;
  @Autowired
  WebhookOutbox outbox;
  @Autowired
  WebhookProperties properties;
  @Autowired
  CypherRunner runner;
  @Autowired
  Driver driver;
  @LocalServerPort
  int port;

  final WebhookReceiver receiver = WebhookReceiver.shared();
  final JsonMapper json = JsonMapper.builder().build();
  final List<String> alertIds = new ArrayList<>();
  WebTestClient web;

  @BeforeEach
  void receiverAnswersOk() {
    receiver.reset();
    web = GraphQlOverHttp.web(port);
  }

  @AfterEach
  void deleteDeliveries() {
    receiver.releaseHangs();
    driver.executableQuery("""
        MATCH (d:WebhookDelivery) WHERE d.alertId IN $alertIds
        OPTIONAL MATCH (d)-[:HAD_ATTEMPT]->(a:WebhookAttempt)
        DETACH DELETE d, a""").withParameters(Map.of("alertIds", alertIds)).execute();
  }

  AlertRaised alert() {
    String id = "AL-WH-" + UUID.randomUUID();
    alertIds.add(id);
    return new AlertRaised(id, "SF" + id.hashCode(), 7.5, 5.0,
        List.of(new AlertRaised.RuleHit("border-origin", "Border origin, inland destination", 4.0,
                "from 533100 (德宏)"),
            new AlertRaised.RuleHit("shared-phone", "One phone, 3+ names", 3.5, "13800000000: 4 names")),
        OffsetDateTime.parse("2026-03-01T18:15:00+08:00"));
  }

  /** Raises the alert as scoring does: its deliveries written in a transaction, the event once that committed. */
  void raise(AlertRaised alert) {
    runner.writeTogether(tx -> {
      outbox.record(tx, List.of(alert));
      return null;
    });
    events.publishEvent(alert);
  }

  WebhookDelivery delivery(String alertId, String endpoint) {
    return deliveries.forAlert(alertId).stream().filter(d -> d.endpoint().equals(endpoint)).findFirst()
        .orElseThrow();
  }

  WebhookDelivery awaitStatus(String alertId, String endpoint, DeliveryStatus status) {
    return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50))
        .until(() -> delivery(alertId, endpoint), d -> d.status() == status);
  }

  static String hmac(String secret, String text) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void newAlertIsPostedToEveryEndpointAsSignedJsonWithDeliveryHeaders() throws Exception {
    AlertRaised alert = alert();
    raise(alert);
    raise(alert); // raised twice: still one delivery per endpoint

    WebhookDelivery toA = awaitStatus(alert.alertId(), "case-a", DeliveryStatus.DELIVERED);
    WebhookDelivery toB = awaitStatus(alert.alertId(), "case-b", DeliveryStatus.DELIVERED);
    assertThat(deliveries.forAlert(alert.alertId())).hasSize(2);
    assertThat(toA.attempts()).isEqualTo(1);
    assertThat(toA.lastStatusCode()).isEqualTo(200);
    assertThat(toA.deliveredAt()).isNotNull();
    assertThat(toA.history()).singleElement().satisfies(attempt -> {
      assertThat(attempt.statusCode()).isEqualTo(200);
      assertThat(attempt.url()).endsWith(CASE_A);
    });

    assertThat(receiver.received(CASE_A, alert.alertId())).singleElement().satisfies(request -> {
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.header("Content-Type")).startsWith("application/json");
      assertThat(request.header("X-Chainbreaker-Event")).isEqualTo("alert.raised");
      assertThat(request.header("X-Chainbreaker-Delivery")).isEqualTo(toA.id());
      assertThat(request.header("Idempotency-Key")).isEqualTo(toA.id());
      assertThat(request.header("X-Chainbreaker-Attempt")).isEqualTo("1");
      assertThat(request.header("Authorization")).as("case-a has no credentials configured").isNull();
      String timestamp = request.header("X-Chainbreaker-Timestamp");
      assertThat(Long.parseLong(timestamp)).isCloseTo(System.currentTimeMillis() / 1000, Offset.offset(60L));
      assertThat(request.header("X-Chainbreaker-Signature"))
          .isEqualTo("sha256=" + hmac(WebhookReceiver.SECRET, timestamp + "." + request.body()));

      JsonNode body = json.readTree(request.body());
      assertThat(body.get("event").asString()).isEqualTo("alert.raised");
      assertThat(body.get("deliveryId").asString()).isEqualTo(toA.id());
      assertThat(body.get("alertId").asString()).isEqualTo(alert.alertId());
      assertThat(body.get("waybillNo").asString()).isEqualTo(alert.waybillNo());
      assertThat(body.get("score").asDouble()).isEqualTo(7.5);
      assertThat(body.get("threshold").asDouble()).isEqualTo(5.0);
      assertThat(body.get("raisedAt").asString()).isEqualTo("2026-03-01T10:15:00Z");
      assertThat(body.get("rules")).hasSize(2);
      assertThat(body.get("rules").get(0).get("evidence").asString()).isEqualTo("from 533100 (德宏)");
    });
    assertThat(receiver.received(CASE_B, alert.alertId())).singleElement().satisfies(request -> {
      assertThat(request.header("Authorization")).isEqualTo(WebhookReceiver.AUTHORIZATION);
      assertThat(request.header("X-Chainbreaker-Signature")).as("case-b has no secret").isNull();
      assertThat(request.header("Idempotency-Key")).isEqualTo(toB.id()).isNotEqualTo(toA.id());
    });
  }

  @Test
  void receiverFailingTwiceGetsTheAlertOnTheThirdAttemptAfterBackingOff() {
    AlertRaised alert = alert();
    receiver.script(CASE_A, alert.alertId(), Reply.status(500), Reply.status(503));
    raise(alert);

    WebhookDelivery delivered = awaitStatus(alert.alertId(), "case-a", DeliveryStatus.DELIVERED);
    assertThat(delivered.attempts()).isEqualTo(3);
    assertThat(delivered.lastError()).isNull();
    assertThat(delivered.history()).extracting(WebhookDelivery.Attempt::statusCode).containsExactly(500, 503, 200);
    assertThat(delivered.history().get(0).error()).startsWith("HTTP 500");
    List<WebhookDelivery.Attempt> history = delivered.history();
    // back-off: 200 ms then 400 ms, of which jitter takes off at most half
    assertThat(Duration.between(history.get(0).at(), history.get(1).at()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(100));
    assertThat(Duration.between(history.get(1).at(), history.get(2).at()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(200));

    List<WebhookReceiver.Request> requests = receiver.received(CASE_A, alert.alertId());
    assertThat(requests).extracting(r -> r.header("X-Chainbreaker-Attempt")).containsExactly("1", "2", "3");
    assertThat(requests).extracting(r -> r.header("Idempotency-Key")).containsOnly(delivered.id());
    assertThat(requests).extracting(WebhookReceiver.Request::body).as("the same bytes every time")
        .containsOnly(requests.get(0).body());
  }

  @Test
  void deadEndpointDoesNotDelayAHealthyOneAndEndsFailedWithItsError() {
    AlertRaised alert = alert();
    receiver.always(CASE_B, alert.alertId(), Reply.hang());
    raise(alert);

    awaitStatus(alert.alertId(), "case-a", DeliveryStatus.DELIVERED);
    assertThat(delivery(alert.alertId(), "case-b").attempts())
        .as("case-a was delivered while case-b's first attempt was still waiting for its 1 s timeout").isZero();

    WebhookDelivery failed = awaitStatus(alert.alertId(), "case-b", DeliveryStatus.FAILED);
    assertThat(failed.attempts()).isEqualTo(properties.maxAttempts());
    assertThat(failed.lastStatusCode()).isNull();
    assertThat(failed.lastError()).contains("timed out");
    assertThat(failed.nextAttemptAt()).as("not scheduled again").isNull();
    assertThat(failed.history()).hasSize(3).allSatisfy(attempt -> {
      assertThat(attempt.error()).contains("timed out");
      assertThat(attempt.durationMs()).isGreaterThanOrEqualTo(900);
    });
    assertThat(receiver.received(CASE_B, alert.alertId())).hasSize(3);
  }

  @Test
  void raisingReturnsAtOnceAndDurablyEvenWhenEveryEndpointHangs() {
    AlertRaised alert = alert();
    receiver.always(CASE_A, alert.alertId(), Reply.hang());
    receiver.always(CASE_B, alert.alertId(), Reply.hang());

    long start = System.nanoTime();
    raise(alert);
    Duration raising = Duration.ofNanos(System.nanoTime() - start);

    assertThat(raising).as("the outbox only writes the graph").isLessThan(properties.requestTimeout());
    assertThat(deliveries.forAlert(alert.alertId())).as("recorded when raising returned")
        .extracting(WebhookDelivery::endpoint, WebhookDelivery::status)
        .containsExactly(tuple("case-a", DeliveryStatus.PENDING), tuple("case-b", DeliveryStatus.PENDING));
  }

  @Test
  void pendingDeliveriesAreSentByAFreshDispatcherAfterARestart() {
    AlertRaised alert = alert();
    dispatcher.stop();
    WebhookDispatcher fresh = new WebhookDispatcher(runner, properties);
    try {
      raise(alert);
      assertThat(deliveries.forAlert(alert.alertId())).hasSize(2)
          .allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING))
          .allSatisfy(d -> assertThat(d.attempts()).isZero());
      assertThat(receiver.received(CASE_A, alert.alertId())).as("no dispatcher running").isEmpty();

      fresh.start();
      awaitStatus(alert.alertId(), "case-a", DeliveryStatus.DELIVERED);
      awaitStatus(alert.alertId(), "case-b", DeliveryStatus.DELIVERED);
      assertThat(receiver.received(CASE_A, alert.alertId())).hasSize(1);
    } finally {
      fresh.stop();
      dispatcher.start();
    }
  }

  @Test
  void operatorRetriesAFailedDeliveryOverHttp() {
    AlertRaised alert = alert();
    receiver.always(CASE_B, alert.alertId(), Reply.status(500));
    raise(alert);
    WebhookDelivery failed = awaitStatus(alert.alertId(), "case-b", DeliveryStatus.FAILED);
    assertThat(failed.lastStatusCode()).isEqualTo(500);
    assertThat(failed.lastError()).isEqualTo("HTTP 500: refused by the test receiver");
    assertThat(runner.read("risk/webhook-failed", Map.of("limit", 1000), r -> r.get("id").asString()))
        .as("the analysts' list of FAILED deliveries").contains(failed.id());

    web.get().uri("/alerts/{id}/deliveries", alert.alertId()).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.length()").isEqualTo(2)
        .jsonPath("$[1].endpoint").isEqualTo("case-b")
        .jsonPath("$[1].status").isEqualTo("FAILED")
        .jsonPath("$[1].history.length()").isEqualTo(3);

    receiver.always(CASE_B, alert.alertId(), Reply.status(202)); // the case system is back
    web.post().uri("/webhooks/deliveries/{id}/retry", failed.id()).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.id").isEqualTo(failed.id());

    WebhookDelivery delivered = awaitStatus(alert.alertId(), "case-b", DeliveryStatus.DELIVERED);
    assertThat(delivered.attempts()).as("attempt numbers continue").isEqualTo(4);
    assertThat(delivered.retries()).isEqualTo(1);
    assertThat(delivered.lastStatusCode()).isEqualTo(202);
    assertThat(delivered.history()).extracting(WebhookDelivery.Attempt::statusCode).containsExactly(500, 500, 500, 202);

    String conflict = web.post().uri("/webhooks/deliveries/{id}/retry", failed.id()).exchange()
        .expectStatus().isEqualTo(409)
        .expectBody(String.class).returnResult().getResponseBody();
    // parsed strictly: a key given twice (the problem's "status" and the delivery's) is an error, not the last one wins
    JsonNode problem = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()
        .readTree(conflict);
    assertThat(problem.get("status").asInt()).as("RFC 9457: the HTTP status").isEqualTo(409);
    assertThat(problem.get("deliveryStatus").asString()).isEqualTo("DELIVERED");
    assertThat(problem.get("detail").asString()).contains("only a FAILED delivery");
  }

  @Test
  void unknownIdsAreAnsweredWithNotFound() {
    web.post().uri("/webhooks/deliveries/{id}/retry", "no-such-delivery").exchange()
        .expectStatus().isNotFound()
        .expectBody()
        .jsonPath("$.title").isEqualTo("Unknown webhook delivery")
        .jsonPath("$.id").isEqualTo("no-such-delivery");
    web.get().uri("/webhooks/deliveries/{id}", "no-such-delivery").exchange().expectStatus().isNotFound();
    web.get().uri("/alerts/{id}/deliveries", "AL-NO-SUCH-ALERT").exchange()
        .expectStatus().isNotFound()
        .expectBody()
        .jsonPath("$.title").isEqualTo("Unknown alert")
        .jsonPath("$.alertId").isEqualTo("AL-NO-SUCH-ALERT");
  }

  @Test
  void deliveriesOfManyAlertsComeInOneCallKeyedByAlert() {
    AlertRaised first = alert();
    AlertRaised second = alert();
    raise(first);
    raise(second);

    Map<String, List<WebhookDelivery>> byAlert = deliveries.forAlerts(List.of(second.alertId(), "AL-NONE",
        first.alertId()));
    assertThat(byAlert.keySet()).containsExactly(second.alertId(), "AL-NONE", first.alertId());
    assertThat(byAlert.get("AL-NONE")).isEmpty();
    assertThat(byAlert.get(first.alertId())).extracting(WebhookDelivery::endpoint).containsExactly("case-a", "case-b");
    assertThat(byAlert.get(second.alertId())).extracting(WebhookDelivery::alertId).containsOnly(second.alertId());
    assertThat(deliveries.forAlerts(List.of())).isEmpty();
  }
}
