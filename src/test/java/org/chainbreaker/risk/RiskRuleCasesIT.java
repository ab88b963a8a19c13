package org.chainbreaker.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.chainbreaker.testing.ChainbreakerTest;
import org.chainbreaker.testing.GraphQlOverHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Risk rules on cases a review found them wrong about, each on a small network of its own (every node marked RSKC-,
 * deleted after each test), scored over real HTTP: gang members without a status, a parcel from a country-level
 * foreign region.
 */
@ChainbreakerTest
class RiskRuleCasesIT {

  static final String PREFIX = "RSKC-";

  @LocalServerPort
  int port;
  @Autowired
  Driver driver;

  HttpGraphQlTester graphql;
  RiskFixture fixture;

  @BeforeEach
  void freshNetwork() {
    graphql = GraphQlOverHttp.tester(port);
    RiskFixture.delete(driver, PREFIX);
    fixture = new RiskFixture(driver, PREFIX);
  }

  @AfterEach
  void deleteNetwork() {
    RiskFixture.delete(driver, PREFIX);
  }

  Map<String, Object> score(String... waybills) {
    return graphql.documentName("score-shipments")
        .variable("waybillNos", List.of(waybills).stream().map(no -> PREFIX + no).toList()).execute().errors()
        .verify().path("scoreShipments").entity(Map.class).get();
  }

  List<String> rules(String waybill) {
    return driver.executableQuery("MATCH (s:Shipment {waybillNo: $no}) RETURN s.riskRules AS rules")
        .withParameters(Map.of("no", PREFIX + waybill)).execute().records().get(0).get("rules")
        .asList(value -> value.asString());
  }

  /** The alert's rule hits as stored: ruleId, reason, evidence, links. */
  List<Record> hits(String waybill) {
    return driver.executableQuery("""
        MATCH (:Alert {waybillNo: $no})-[:FIRED]->(h:RuleHit)
        RETURN h.ruleId AS ruleId, h.reason AS reason, h.evidence AS evidence, h.links AS links ORDER BY h.ruleId""")
        .withParameters(Map.of("no", PREFIX + waybill)).execute().records();
  }

  @Test
  void aGangMemberWithoutAStatusIsKnownToBothSuspectRules() {
    fixture.address("A1", "530102");
    fixture.address("A2", "530102");
    fixture.address("A3", "530103");
    fixture.address("A4", "530103");
    fixture.address("A5", "530111");
    // imported membership: MEMBER_OF, no status on the person
    fixture.person("MEMBER", "岩保", null, "PM", "A1");
    fixture.gang("G1", "岩保团伙", "MEMBER");
    // a parcel sent with the member's phone under another person's name
    fixture.person("OTHER", "李明", "UNKNOWN", "PO", "A2");
    fixture.person("RCV1", "周芳", "UNKNOWN", "PR1", "A3");
    fixture.shipment("K1", "OTHER", "李明", "PM", "RCV1", "周芳", "PR1", "图书", 1.0, "2026-06-01T08:00:00Z");
    // a sender whose phone called the member's: 2 hops from the member (3 from his gang)
    fixture.person("FRIEND", "王军", "UNKNOWN", "PF", "A4");
    fixture.person("RCV2", "赵丽", "UNKNOWN", "PR2", "A5");
    fixture.run("""
        MATCH (a:Phone {number: $prefix + 'PF'}), (b:Phone {number: $prefix + 'PM'})
        CREATE (a)-[:CALLED {at: datetime('2026-05-20T10:00:00Z'), durationSec: 60}]->(b)""", Map.of());
    fixture.shipment("K2", "FRIEND", "王军", "PF", "RCV2", "赵丽", "PR2", "图书", 1.0, "2026-06-01T08:00:00Z");

    score("K1", "K2");

    assertThat(rules("K1")).as("the member's phone on the waybill").containsExactly("known-suspect-party");
    assertThat(hits("K1")).singleElement().satisfies(hit -> {
      assertThat(hit.get("reason").asString()).contains("PM", "岩保", "a known member of 岩保团伙");
      assertThat(hit.get("evidence").asList(value -> value.asString())).contains("Person/RSKC-MEMBER", "Gang/RSKC-G1");
    });
    assertThat(rules("K2")).as("a phone that called the member's").containsExactly("near-suspect");
  }

  @Test
  void aParcelFromAForeignCountryWithNoStateIsABorderSourceAndChemicalsToItGoToTheBorder() {
    fixture.address("MM", "MM");         // Myanmar, nothing finer known
    fixture.address("SHAN", "MM-17");    // Shan State
    fixture.address("CS1", "430102");    // 长沙
    fixture.address("CS2", "430102");
    fixture.person("FROM-MM", "昂山", "UNKNOWN", "P1", "MM");
    fixture.person("FROM-SHAN", "岩吞", "UNKNOWN", "P2", "SHAN");
    fixture.person("CS", "刘洋", "UNKNOWN", "P3", "CS1");
    fixture.person("CHEM", "陈刚", "UNKNOWN", "P4", "CS2");
    fixture.shipment("B1", "FROM-MM", "昂山", "P1", "CS", "刘洋", "P3", "服装", 1.0, "2026-06-01T08:00:00Z");
    fixture.shipment("B2", "FROM-SHAN", "岩吞", "P2", "CS", "刘洋", "P3", "服装", 1.0, "2026-06-02T08:00:00Z");
    fixture.shipment("B3", "CHEM", "陈刚", "P4", "FROM-MM", "昂山", "P1", "化工原料", 20.0, "2026-06-03T08:00:00Z");

    score("B1", "B2", "B3");

    assertThat(rules("B1")).as("from Myanmar (country level) to 长沙").containsExactly("border-to-interior");
    assertThat(rules("B2")).as("from Shan State to 长沙").containsExactly("border-to-interior");
    assertThat(rules("B3")).as("chemicals to Myanmar (country level)").containsExactly("chemicals-to-border");
    assertThat(hits("B3")).singleElement().satisfies(hit -> assertThat(hit.get("reason").asString())
        .isEqualTo("declared 化工原料, sent to 缅甸"));
  }
}
