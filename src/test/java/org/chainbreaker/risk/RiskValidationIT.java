package org.chainbreaker.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.chainbreaker.demo.DemoProperties;
import org.chainbreaker.testing.ChainbreakerTest;
import org.chainbreaker.testing.DemoTruth;
import org.chainbreaker.testing.GraphQlOverHttp;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Risk scoring end to end: the sweep scores the demo network (never scored: the demo loader writes directly, not
 * through an import) and the alerts are held against the ground truth; a waybill imported over HTTP is scored by the
 * ImportedBatch listener and its alert pushed to a GraphQL subscriber over a real WebSocket.
 */
@ChainbreakerTest
class RiskValidationIT {

  /**
   * Floors set from the measurement at demo scale 1 (README, "Risk scoring and alerts"): recall 0.884 and precision
   * 0.858 of the alerts at the default threshold. A rule or weight change that loses planted drug parcels fails here.
   * The recall floor was 0.90 (measured 0.94) until repeated-route-changing-names and near-suspect stopped counting
   * parcels sent after the one scored; lowered to 0.85 on purpose, with the README figures. phone-many-names doing
   * the same (recall 0.888 -> 0.884, precision 0.859 -> 0.858) left both floors as they were.
   */
  static final double RECALL_FLOOR = 0.85;
  static final double PRECISION_FLOOR = 0.80;

  @LocalServerPort
  int port;
  @Autowired
  Driver driver;
  @Autowired
  DemoProperties demo;
  @Autowired
  ScoringQueue queue;
  @Autowired
  RuleCatalogue rules;

  @Test
  void theSweepScoresTheDemoNetworkAndItsAlertsFindThePlantedDrugShipments() throws Exception {
    ScoringReport swept = queue.sweep().get();
    assertThat(swept.shipments()).as("the demo's 20,000 shipments were never scored").isGreaterThan(20_000);
    assertThat(queue.sweep().get().shipments()).as("a second sweep finds nothing left").isZero();

    Set<String> drugs = new HashSet<>(DemoTruth.read(demo.groundTruthFile()).drugShipments());
    // only the demo's own shipments: other tests' imports carry an importJob, fixtures a prefix
    List<org.neo4j.driver.Record> scored = driver.executableQuery("""
        MATCH (s:Shipment)
        WHERE s.scoredAt IS NOT NULL AND s.importJob IS NULL AND NOT s.waybillNo STARTS WITH 'RSK-'
        RETURN s.waybillNo AS no, s.riskRules AS rules, EXISTS { (:Alert)-[:ON_SHIPMENT]->(s) } AS alerted""")
        .execute().records();
    Set<String> alerted = new HashSet<>();
    Map<String, int[]> perRule = new TreeMap<>();
    for (org.neo4j.driver.Record row : scored) {
      String no = row.get("no").asString();
      if (row.get("alerted").asBoolean()) {
        alerted.add(no);
      }
      for (String rule : row.get("rules").asList(value -> value.asString())) {
        int[] counts = perRule.computeIfAbsent(rule, r -> new int[2]);
        counts[0]++;
        counts[1] += drugs.contains(no) ? 1 : 0;
      }
    }
    long hits = alerted.stream().filter(drugs::contains).count();
    double recall = (double) hits / drugs.size();
    double precision = alerted.isEmpty() ? 0 : (double) hits / alerted.size();
    StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
        "%nRisk validation, demo scale 1, threshold %s: %d shipments, %d drug shipments, %d alerts, %d true: "
            + "precision %.3f, recall %.3f%n%-32s %7s %7s %9s %7s%n", rules.all().isEmpty() ? "-" : "default",
        scored.size(), drugs.size(), alerted.size(), hits, precision, recall, "rule (weight)", "fired", "drug",
        "precision", "recall"));
    for (RiskRule rule : rules.all()) {
      int[] counts = perRule.getOrDefault(rule.id(), new int[2]);
      report.append(String.format(Locale.ROOT, "%-32s %7d %7d %9.3f %7.3f%n", rule.id() + " (" + rule.weight() + ")",
          counts[0], counts[1], counts[0] == 0 ? 0.0 : (double) counts[1] / counts[0],
          (double) counts[1] / drugs.size()));
    }
    System.out.print(report);
    assertThat(recall).as("recall of alerts at the default threshold" + report).isGreaterThanOrEqualTo(RECALL_FLOOR);
    assertThat(precision).as("precision of alerts at the default threshold" + report)
        .isGreaterThanOrEqualTo(PRECISION_FLOOR);
  }

  @Test
  void anImportedWaybillIsScoredAndItsAlertPushedToSubscribersOverWebSocket() {
    WebSocketGraphQlTester subscriptions = WebSocketGraphQlTester
        .builder(URI.create("ws://localhost:" + port + "/graphql"), new StandardWebSocketClient())
        .documentSource(new ResourceDocumentSource(List.of(new ClassPathResource("graphql/operations/")),
            List.of(".graphql")))
        .build();
    Sinks.Many<Map> received = Sinks.many().replay().all();
    Disposable subscription = subscriptions.documentName("alert-raised").variable("minScore", 2)
        .executeSubscription().toFlux("alertRaised", Map.class).subscribe(received::tryEmitNext);
    String source = "risk-it-" + UUID.randomUUID();
    try {
      // The subscription starts asynchronously, and the first scoring after start-up plans every rule: import a fresh
      // suspicious waybill (each try its own shipment) until the alert of one of them arrives, within a deadline.
      Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
      Set<String> imported = ConcurrentHashMap.newKeySet();
      Map<?, ?> pushed = null;
      while (pushed == null && Instant.now().isBefore(deadline)) {
        imported.add(importTeaParcel(source));
        pushed = received.asFlux().filter(alert -> imported.contains(alert.get("waybillNo"))).next()
            .timeout(Duration.ofSeconds(30), Mono.empty()).blockOptional().orElse(null);
      }
      assertThat(pushed).as("an alert pushed for an imported waybill").isNotNull();
      String waybillNo = (String) pushed.get("waybillNo");
      assertThat(pushed.get("id")).isEqualTo("Alert/" + waybillNo);
      assertThat(pushed.get("status")).isEqualTo("NEW");
      assertThat((List<?>) pushed.get("rules")).singleElement()
          .satisfies(rule -> assertThat(((Map<?, ?>) rule).get("ruleId")).isEqualTo("content-weight-mismatch"));
      assertThat(driver.executableQuery("MATCH (s:Shipment {waybillNo: $no}) RETURN s.riskScore AS score")
          .withParameters(Map.of("no", waybillNo)).execute().records().get(0).get("score").asDouble())
          .as("the import's shipment was scored by the ImportedBatch listener").isEqualTo(2.0);
      GraphQlOverHttp.tester(port).documentName("alert").variable("id", "Alert/" + waybillNo).execute().errors()
          .verify().path("alert.shipment.declaredContent").entity(String.class).isEqualTo("茶叶");
    } finally {
      subscription.dispose();
      RiskFixture.deleteImport(driver, source);
    }
  }

  /** Imports one waybill of 12 kg of tea between two new people over HTTP; returns its waybill number. */
  String importTeaParcel(String source) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String waybillNo = "SF19" + String.format("%011d", random.nextLong(100_000_000_000L));
    String senderPhone = "171" + String.format("%08d", random.nextInt(100_000_000));
    String receiverPhone = "172" + String.format("%08d", random.nextInt(100_000_000));
    String csv = "waybillNo,courier,senderName,senderPhone,senderIdNumber,senderAddress,senderRegion,receiverName,"
        + "receiverPhone,receiverIdNumber,receiverAddress,receiverRegion,declaredContent,weightKg,sentAt,deliveredAt,"
        + "vehiclePlate\n"
        + waybillNo + ",顺丰速运,风险甲," + senderPhone + ",,云南省昆明市五华区风险测试路" + senderPhone + "号,530102,风险乙,"
        + receiverPhone + ",,云南省昆明市盘龙区风险测试路" + receiverPhone + "号,530103,茶叶,12,2026-06-01 09:30,,\n";
    GraphQlOverHttp.web(port).post().uri("/import/waybills?source={s}&name=risk.csv", source)
        .contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.imported").isEqualTo(1);
    return waybillNo;
  }
}
