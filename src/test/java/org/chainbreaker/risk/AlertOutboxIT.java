package org.chainbreaker.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.chainbreaker.graph.CypherRunner;
import org.chainbreaker.testing.ChainbreakerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new alert's webhook deliveries are written in the transaction that raises it: they exist even when the process
 * stops right after the commit (no AlertRaised event ever follows), and an outbox that cannot write rolls the alert
 * back, leaving the shipment unscored for the next scoring.
 */
@ChainbreakerTest
class AlertOutboxIT {

  static final String PREFIX = "RSKO-";
  static final String WAYBILL = PREFIX + "W1";
  static final String ALERT = Alert.idOf(WAYBILL);

  @Autowired
  CypherRunner runner;
  @Autowired
  RuleCatalogue rules;
  @Autowired
  RiskProperties properties;
  @Autowired
  List<AlertOutbox> outboxes;
  @Autowired
  Driver driver;

  @BeforeEach
  void aShipmentSentByAKnownSuspect() {
    deleteIt();
    driver.executableQuery("""
        MATCH (r:Region {code: '530102'})
        CREATE (home:Address:Entity {uid: 'Address/RSKO-A1', id: 'RSKO-A1', text: 'outbox fixture A1'})
        CREATE (far:Address:Entity {uid: 'Address/RSKO-A2', id: 'RSKO-A2', text: 'outbox fixture A2'})
        CREATE (home)-[:LOCATED_IN]->(r), (far)-[:LOCATED_IN]->(r)
        CREATE (sender:Person:Entity {uid: 'Person/RSKO-P1', id: 'RSKO-P1', name: '罗天明', aliases: [],
                                      status: 'SUSPECT'})-[:LIVES_AT]->(home)
        CREATE (receiver:Person:Entity {uid: 'Person/RSKO-P2', id: 'RSKO-P2', name: '周洁', aliases: [],
                                        status: 'UNKNOWN'})-[:LIVES_AT]->(far)
        CREATE (s:Shipment:Entity {uid: 'Shipment/' + $no, waybillNo: $no, courier: '顺丰速运', declaredContent: '图书',
                                   weightKg: 1.0, sentAt: datetime('2026-06-01T08:00:00Z'), senderName: '罗天明',
                                   receiverName: '周洁'})
        CREATE (sender)-[:SENT]->(s)-[:ADDRESSED_TO]->(receiver)
        CREATE (s)-[:FROM_ADDRESS]->(home), (s)-[:TO_ADDRESS]->(far)
        """).withParameters(Map.of("no", WAYBILL)).execute();
  }

  @AfterEach
  void deleteIt() {
    driver.executableQuery("""
        MATCH (d:WebhookDelivery {alertId: $alert})
        OPTIONAL MATCH (d)-[:HAD_ATTEMPT]->(a:WebhookAttempt)
        DETACH DELETE d, a""").withParameters(Map.of("alert", ALERT)).execute();
    RiskFixture.delete(driver, PREFIX);
  }

  ShipmentScorer scorer(List<AlertOutbox> outboxes) {
    // no listener at all: as if the process stopped between the commit and the AlertRaised event
    return new ShipmentScorer(runner, rules, properties, event -> { }, outboxes);
  }

  List<String> deliveryEndpoints() {
    return driver.executableQuery("MATCH (d:WebhookDelivery {alertId: $alert}) RETURN d.endpoint AS e ORDER BY e")
        .withParameters(Map.of("alert", ALERT)).execute().records().stream().map(r -> r.get("e").asString()).toList();
  }

  long count(String cypher) {
    return driver.executableQuery(cypher).withParameters(Map.of("no", WAYBILL)).execute().records().get(0).get(0)
        .asLong();
  }

  @Test
  void theDeliveriesOfANewAlertCommitWithItWithoutAnyEvent() {
    ScoringReport report = scorer(outboxes).score(List.of(WAYBILL));

    assertThat(report.alertsRaised()).isEqualTo(1);
    assertThat(deliveryEndpoints()).as("one delivery per configured endpoint, written with the alert")
        .containsExactly("case-a", "case-b");
  }

  @Test
  void anOutboxThatCannotWriteRollsTheAlertBackAndTheNextScoringRaisesIt() {
    AlertOutbox failing = (tx, alerts) -> {
      throw new IllegalStateException("outbox unavailable");
    };

    assertThatThrownBy(() -> scorer(List.of(failing)).score(List.of(WAYBILL)))
        .hasMessageContaining("outbox unavailable");
    assertThat(count("MATCH (a:Alert {waybillNo: $no}) RETURN count(a)")).as("no alert without its deliveries")
        .isZero();
    assertThat(count("MATCH (s:Shipment {waybillNo: $no}) WHERE s.scoredAt IS NULL RETURN count(s)"))
        .as("still unscored, so the sweep scores it again").isEqualTo(1);

    assertThat(scorer(outboxes).score(List.of(WAYBILL)).alertsRaised()).isEqualTo(1);
    assertThat(deliveryEndpoints()).containsExactly("case-a", "case-b");
  }
}
