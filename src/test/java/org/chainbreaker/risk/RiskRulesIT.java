package org.chainbreaker.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.chainbreaker.testing.ChainbreakerTest;
import org.chainbreaker.testing.GraphQlOverHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Risk rules and alerts over real HTTP on a small hand-built network (waybills RSK-W0 ... RSK-W14, every node marked
 * RSK-, deleted afterwards), where each shipment is built to fire exactly one rule or none: which rules fire, scores
 * and the threshold, idempotent re-scoring, the alert workflow and its refusals, assignment, comments, history, the
 * explanation subgraph, filters and paging, per-rule precision, and the errors for unknown ids and bad arguments.
 */
@ChainbreakerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskRulesIT {

  static final List<String> WAYBILLS = Arrays.stream(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14})
      .mapToObj(i -> "RSK-W" + i).toList();
  static final List<String> ALERTED = List.of("RSK-W2", "RSK-W4", "RSK-W5", "RSK-W6", "RSK-W7", "RSK-W9",
      "RSK-W10", "RSK-W11", "RSK-W14");

  @LocalServerPort
  int port;
  @Autowired
  Driver driver;

  HttpGraphQlTester graphql;
  Map<String, Object> firstScoring;

  @BeforeAll
  void buildAndScoreTheNetwork() {
    graphql = GraphQlOverHttp.tester(port);
    deleteFixture();
    RiskFixture fixture = new RiskFixture(driver);
    fixture.build();
    firstScoring = score(WAYBILLS);
  }

  @AfterAll
  void deleteFixture() {
    RiskFixture.delete(driver, "RSK-");
  }

  Map<String, Object> score(List<String> waybillNos) {
    return graphql.documentName("score-shipments").variable("waybillNos", waybillNos).execute().errors().verify()
        .path("scoreShipments").entity(Map.class).get();
  }

  Record riskScore(String waybillNo) {
    return driver.executableQuery("MATCH (s:Shipment {waybillNo: $no}) RETURN s.riskScore AS score, "
        + "s.riskRules AS rules").withParameters(Map.of("no", waybillNo)).execute().records().get(0);
  }

  long count(String cypher) {
    return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
  }

  @ParameterizedTest(name = "{0} fires [{1}]")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      RSK-W0  | none
      RSK-W1  | border-to-interior
      RSK-W2  | known-suspect-party
      RSK-W3  | near-suspect
      RSK-W4  | content-weight-mismatch
      RSK-W5  | phone-many-names
      RSK-W6  | phone-many-names
      RSK-W7  | phone-many-names
      RSK-W8  | none
      RSK-W9  | repeated-route-changing-names
      RSK-W10 | seized-before
      RSK-W11 | chemicals-to-border
      RSK-W12 | none
      RSK-W13 | none
      RSK-W14 | border-senders-to-address
      """)
  void eachHandBuiltShipmentFiresExactlyItsRule(String waybillNo, String rule) {
    Record score = riskScore(waybillNo);
    List<String> rules = score.get("rules").asList(value -> value.asString());
    assertThat(rules).as(waybillNo + " rules").isEqualTo(rule == null ? List.of() : List.of(rule));
    double weight = rule == null ? 0 : Map.of("border-to-interior", 1.0, "near-suspect", 1.0, "known-suspect-party", 3.0,
        "seized-before", 3.0).getOrDefault(rule, 2.0);
    assertThat(score.get("score").asDouble()).as(waybillNo + " score = the weight of its rule").isEqualTo(weight);
  }

  @Test
  void onlyShipmentsScoringAboveTheThresholdRaiseAlerts() {
    assertThat(firstScoring).containsEntry("shipments", 15).containsEntry("alertsRaised", ALERTED.size());
    List<String> alerted = driver.executableQuery("MATCH (a:Alert)-[:ON_SHIPMENT]->(s:Shipment) WHERE s.waybillNo "
        + "STARTS WITH 'RSK-' RETURN s.waybillNo AS no").execute().records().stream().map(r -> r.get("no").asString())
        .toList();
    assertThat(alerted).as("score > threshold 1: every rule of weight 2 or more alone, no weight-1 rule alone")
        .containsExactlyInAnyOrderElementsOf(ALERTED);
  }

  @Test
  void scoringAgainUpdatesNothingAndNeverDuplicatesAnAlert() {
    assertThat(score(WAYBILLS)).containsEntry("shipments", 15).containsEntry("alertsRaised", 0)
        .containsEntry("alertsUpdated", 0);
    assertThat(count("MATCH (a:Alert) WHERE a.waybillNo STARTS WITH 'RSK-' RETURN count(a)")).isEqualTo(ALERTED.size());
    assertThat(count("MATCH (s:Shipment) WHERE s.waybillNo STARTS WITH 'RSK-' AND s.scoredAt IS NOT NULL "
        + "RETURN count(s)")).as("every fixture shipment carries its score").isEqualTo(15);
    assertThat(count("MATCH (a:Alert)-[:HAS_EVENT]->(e:AlertEvent {action: 'RAISED'}) WHERE a.waybillNo STARTS WITH "
        + "'RSK-' RETURN count(e)")).as("one RAISED entry per alert").isEqualTo(ALERTED.size());
    assertThat(count("MATCH (a:Alert)-[:FIRED]->(h:RuleHit) WHERE a.waybillNo STARTS WITH 'RSK-' RETURN count(h)"))
        .as("one hit per alert: each fixture shipment fires one rule").isEqualTo(ALERTED.size());
  }

  @Nested
  class Workflow {

    Map<String, Object> change(String mutation, String id, String by) {
      return graphql.documentName(mutation).variable("id", id).variable("by", by).variable("note", "checked")
          .execute().errors().verify().path(mutation.replace("-alert", "Alert")).entity(Map.class).get();
    }

    @Test
    void anAlertGoesFromNewThroughAcknowledgedToConfirmedWithWhoAndWhenInItsHistory() {
      String id = "Alert/RSK-W2";
      assertThat(change("acknowledge-alert", id, "wang.li")).containsEntry("status", "ACKNOWLEDGED");
      Map<String, Object> confirmed = change("confirm-alert", id, "li.na");
      assertThat(confirmed).containsEntry("status", "CONFIRMED");
      List<Map<String, Object>> history = graphql.documentName("alert").variable("id", id).execute().errors().verify()
          .path("alert.history").entityList(Map.class).get().stream().map(m -> (Map<String, Object>) m).toList();
      assertThat(history).extracting(e -> e.get("action")).containsExactly("RAISED", "ACKNOWLEDGED", "CONFIRMED");
      assertThat(history.get(1)).containsEntry("actor", "wang.li").containsEntry("fromStatus", "NEW")
          .containsEntry("toStatus", "ACKNOWLEDGED").containsEntry("note", "checked");
      assertThat(history.get(2)).containsEntry("actor", "li.na").containsEntry("toStatus", "CONFIRMED");
      assertThat(history).allSatisfy(event -> assertThat((String) event.get("at")).isNotBlank());
    }

    @Test
    void anAcknowledgedAlertCanBeDismissed() {
      String id = "Alert/RSK-W4";
      change("acknowledge-alert", id, "wang.li");
      assertThat(change("dismiss-alert", id, "wang.li")).containsEntry("status", "DISMISSED");
    }

    @Test
    void otherMovesAreRefusedNamingTheCurrentStatusAndChangeNothing() {
      String id = "Alert/RSK-W11";
      graphql.documentName("confirm-alert").variable("id", id).variable("by", "wang.li").execute().errors()
          .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getMessage()).isEqualTo("Alert Alert/RSK-W11 is NEW: it cannot become CONFIRMED "
                + "(acknowledge it first)");
            assertThat(error.getErrorType().toString()).isEqualTo("CONFLICT");
            assertThat(error.getExtensions()).containsEntry("status", "NEW");
          }));
      change("acknowledge-alert", id, "wang.li");
      graphql.documentName("acknowledge-alert").variable("id", id).variable("by", "wang.li").execute().errors()
          .satisfy(errors -> assertThat(errors).singleElement()
              .satisfies(error -> assertThat(error.getMessage()).contains("is ACKNOWLEDGED")));
      change("dismiss-alert", id, "wang.li");
      graphql.documentName("confirm-alert").variable("id", id).variable("by", "wang.li").execute().errors()
          .satisfy(errors -> assertThat(errors).singleElement()
              .satisfies(error -> assertThat(error.getMessage()).contains("is DISMISSED", "already decided")));
      assertThat(count("MATCH (a:Alert {id: 'Alert/RSK-W11'})-[:HAS_EVENT]->(e) RETURN count(e)"))
          .as("refused moves leave no history").isEqualTo(3);
      assertThat(count("MATCH (a:Alert {id: 'Alert/RSK-W11', status: 'DISMISSED'}) RETURN count(a)")).isEqualTo(1);
    }

    @Test
    void assignmentAndCommentsAreKeptAndFilterable() {
      String id = "Alert/RSK-W7";
      graphql.documentName("assign-alert").variable("id", id).variable("assignee", "zhao.min").variable("by", "wang.li")
          .execute().errors().verify().path("assignAlert.assignee").entity(String.class).isEqualTo("zhao.min")
          .path("assignAlert.history[1].note").entity(String.class).isEqualTo("nobody -> zhao.min");
      graphql.documentName("comment-on-alert").variable("id", id).variable("text", "same phone as a Ruili courier")
          .variable("by", "zhao.min").execute().errors().verify()
          .path("commentOnAlert.comments[0].text").entity(String.class).isEqualTo("same phone as a Ruili courier")
          .path("commentOnAlert.comments[0].author").entity(String.class).isEqualTo("zhao.min");
      graphql.documentName("alerts").variable("filter", Map.of("assignee", "zhao.min")).execute().errors().verify()
          .path("alerts.edges[*].node.id").entityList(String.class).containsExactly(id)
          .path("alerts.edges[0].node.rules[0].ruleId").entity(String.class).isEqualTo("phone-many-names")
          .path("alerts.edges[0].node.shipment.waybillNo").entity(String.class).isEqualTo("RSK-W7");
    }
  }

  @Test
  void theExplanationDrawsTheEvidenceAsASubgraph() {
    var response = graphql.documentName("alert").variable("id", "Alert/RSK-W10").execute().errors().verify();
    response.path("alert.rules[0].ruleId").entity(String.class).isEqualTo("seized-before")
        .path("alert.rules[0].reason").entity(String.class).satisfies(reason -> assertThat(reason).contains("RSK-Z1"))
        .path("alert.explanation.nodes[0].id").entity(String.class).isEqualTo("Shipment/RSK-W10")
        .path("alert.explanation.nodes[*].id").entityList(String.class)
        .contains("Seizure/RSK-Z1", "Address/RSK-A-KM13", "Shipment/RSK-W10")
        .path("alert.explanation.edges[*].type").entityList(String.class).contains("SEIZED_AT", "FROM_ADDRESS")
        .path("alert.shipment.sender.id").entity(String.class).isEqualTo("RSK-SEIZED1");
    // the seizure is tied to the new parcel through the address they share: every evidence edge has both ends drawn
    List<Map> edges = response.path("alert.explanation.edges").entityList(Map.class).get();
    List<String> nodes = response.path("alert.explanation.nodes[*].id").entityList(String.class).get();
    assertThat(edges).allSatisfy(edge -> assertThat(nodes).contains((String) edge.get("source"),
        (String) edge.get("target")));
  }

  @Test
  void anAlertShowsItsDeliveryToEveryConfiguredCaseSystem() {
    // the shared test context points two webhook endpoints at the test receiver, which accepts these alerts
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
      var alert = graphql.documentName("alert").variable("id", "Alert/RSK-W10").execute().errors().verify();
      assertThat(alert.path("alert.deliveries[*].endpoint").entityList(String.class).get())
          .containsExactlyInAnyOrder("case-a", "case-b");
      assertThat(alert.path("alert.deliveries[*].status").entityList(String.class).get()).containsOnly("DELIVERED");
      assertThat(alert.path("alert.deliveries[*].history[0].statusCode").entityList(Integer.class).get())
          .containsOnly(200);
    });
  }

  @Test
  void aRealAlertsDeliveriesAnswerOverHttpAtItsIdItsWaybillNumberOrAQueryParameter() {
    // the id scoring gave the alert, slash included: recorded with the alert, so there before any POST
    WebTestClient web = GraphQlOverHttp.web(port);
    for (String uri : List.of("/alerts/Alert/RSK-W10/deliveries", "/alerts/RSK-W10/deliveries",
        "/webhooks/deliveries?alertId=Alert/RSK-W10")) {
      web.get().uri(uri).exchange()
          .expectStatus().isOk()
          .expectBody()
          .jsonPath("$.length()").isEqualTo(2)
          .jsonPath("$[*].alertId").value(ids -> assertThat((List<Object>) ids).as(uri).containsOnly("Alert/RSK-W10"))
          .jsonPath("$[*].endpoint").value(names -> assertThat((List<Object>) names).as(uri)
              .containsExactly("case-a", "case-b"));
    }
    web.get().uri("/alerts/Alert/RSK-NO-SUCH/deliveries").exchange()
        .expectStatus().isNotFound()
        .expectBody().jsonPath("$.alertId").isEqualTo("Alert/RSK-NO-SUCH");
    web.get().uri("/alerts/RSK-NO-SUCH/deliveries").exchange()
        .expectStatus().isNotFound()
        .expectBody().jsonPath("$.alertId").isEqualTo("RSK-NO-SUCH");
  }

  @Test
  void alertsFilterByRuleScoreStatusAndTimeAndPage() {
    graphql.documentName("alerts").variable("filter", Map.of("rule", "seized-before", "minScore", 3)).execute()
        .errors().verify().path("alerts.edges[*].node.id").entityList(String.class).contains("Alert/RSK-W10")
        .path("alerts.edges[*].node.score").entityList(Double.class)
        .satisfies(scores -> assertThat(scores).allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(3.0)));
    graphql.documentName("alerts").variable("filter", Map.of("until", "2000-01-01")).execute().errors().verify()
        .path("alerts.edges").entityList(Object.class).hasSize(0);
    graphql.documentName("alerts").variable("filter", Map.of("rule", "phone-many-names")).variable("first", 2)
        .execute().errors().verify().path("alerts.edges").entityList(Object.class).hasSize(2)
        .path("alerts.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
  }

  @Test
  void rulePrecisionCountsConfirmedAndDismissedOutcomesPerRule() {
    for (String id : List.of("Alert/RSK-W5", "Alert/RSK-W6")) {
      graphql.documentName("acknowledge-alert").variable("id", id).variable("by", "wang.li").execute().errors().verify();
    }
    graphql.documentName("confirm-alert").variable("id", "Alert/RSK-W5").variable("by", "wang.li").execute().errors()
        .verify();
    graphql.documentName("dismiss-alert").variable("id", "Alert/RSK-W6").variable("by", "wang.li").execute().errors()
        .verify();
    List<Map> rows = graphql.documentName("rule-precision").execute().errors().verify().path("rulePrecision")
        .entityList(Map.class).get();
    Map<?, ?> phone = rows.stream().filter(row -> "phone-many-names".equals(((Map<?, ?>) row.get("rule")).get("id")))
        .findFirst().orElseThrow();
    assertThat((Integer) phone.get("shipments")).isGreaterThanOrEqualTo(3);
    assertThat((Integer) phone.get("alerts")).isGreaterThanOrEqualTo(3);
    assertThat(phone.get("confirmed")).isEqualTo(1);
    assertThat(phone.get("dismissed")).isEqualTo(1);
    assertThat(phone.get("precision")).isEqualTo(0.5);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(9);
  }

  @Nested
  class Errors {

    @Test
    void anUnknownAlertIsNullToReadAndNotFoundToChange() {
      graphql.documentName("alert").variable("id", "Alert/NO-SUCH").execute().errors().verify().path("alert")
          .valueIsNull();
      graphql.documentName("acknowledge-alert").variable("id", "Alert/NO-SUCH").variable("by", "wang.li").execute()
          .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
            assertThat(error.getMessage()).contains("No alert 'Alert/NO-SUCH'");
          }));
    }

    @Test
    void badArgumentsNameTheArgument() {
      badRequest(graphql.documentName("alerts").variable("first", 0), "first");
      badRequest(graphql.documentName("alerts").variable("filter", Map.of("rule", "no-such-rule")), "filter.rule");
      badRequest(graphql.documentName("alerts").variable("filter", Map.of("since", "yesterday")), "filter.since");
      badRequest(graphql.documentName("alerts").variable("filter", Map.of("since", "2026-06-01", "until", "2026-01-01")),
          "filter");
      badRequest(graphql.documentName("score-shipments").variable("waybillNos", List.of()), "waybillNos");
      badRequest(graphql.documentName("acknowledge-alert").variable("id", "Alert/RSK-W9").variable("by", " "), "by");
      assertThat(count("MATCH (a:Alert {id: 'Alert/RSK-W9', status: 'NEW'}) RETURN count(a)"))
          .as("a refused change writes nothing").isEqualTo(1);
    }

    void badRequest(HttpGraphQlTester.Request<?> request, String argument) {
      request.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
        assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
        assertThat(error.getExtensions()).containsEntry("argument", argument);
        assertThat(error.getMessage()).doesNotContain("Exception");
      }));
    }
  }
}
