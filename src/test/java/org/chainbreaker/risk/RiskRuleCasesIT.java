package org.chainbreaker.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.chainbreaker.graph.CypherRunner;
import org.chainbreaker.testing.ChainbreakerTest;
import org.chainbreaker.testing.GraphQlOverHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;

/**
 * Risk rules on cases a review found them wrong about, each on a small network of its own (every node marked RSKC-,
 * deleted after each test), scored over real HTTP: gang members without a status, a parcel from a country-level
 * foreign region, a parcel to a suspect sent after the one scored, a use of a phone recorded from a later waybill
 * (near-suspect), names on a phone written only after the one scored (on hand-built parcels, and on imported ones
 * whose aliases became person records), rule hits whose reasons change on rescoring, an alert whose score falls to the
 * threshold, and where the scoreShipments mutation scores.
 */
@ChainbreakerTest
class RiskRuleCasesIT {

  static final String PREFIX = "RSKC-";

  @LocalServerPort
  int port;
  @Autowired
  Driver driver;
  @Autowired
  ConfigurableApplicationContext context;
  @Autowired
  CypherRunner runner;

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

  /** Two parties and a parcel between them: the sender's home and phone, the receiver's. */
  void parcel(String waybill, String sender, String receiver, String content, double kg, String sentAt) {
    fixture.shipment(waybill, sender, sender, "P-" + sender, receiver, receiver, "P-" + receiver, content, kg, sentAt);
  }

  void person(String id, String status) {
    fixture.address("A-" + id, "530102");
    fixture.person(id, id, status, "P-" + id, "A-" + id);
  }

  Map<String, Object> alert(String waybill) {
    return graphql.documentName("alert").variable("id", "Alert/" + PREFIX + waybill).execute().errors().verify()
        .path("alert").entity(Map.class).get();
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> history(String waybill) {
    return (List<Map<String, Object>>) alert(waybill).get("history");
  }

  @Test
  void aParcelToASuspectCountsForNearSuspectOnlyOnTheSendersLaterParcels() {
    person("SUSPECT", "SUSPECT");
    person("SENDER", "UNKNOWN");
    person("R1", "UNKNOWN");
    person("R2", "UNKNOWN");
    parcel("E1", "SENDER", "R1", "图书", 1.0, "2026-06-01T08:00:00Z");   // before the parcel to the suspect
    parcel("X1", "SENDER", "SUSPECT", "图书", 1.0, "2026-06-10T08:00:00Z");
    parcel("L1", "SENDER", "R2", "图书", 1.0, "2026-06-20T08:00:00Z");   // after it

    score("E1", "X1", "L1");

    assertThat(rules("E1")).as("the parcel to the suspect was sent later: not 'an earlier parcel'").isEmpty();
    assertThat(rules("L1")).as("2 hops from the suspect through the earlier parcel X1").containsExactly("near-suspect");
    assertThat(rules("X1")).containsExactly("known-suspect-party");
  }

  @Test
  void aUseOfAPhoneRecordedFromALaterWaybillBringsNoEarlierParcelNearASuspect() {
    person("SUSPECT", "SUSPECT");   // uses P-SUSPECT: a person record, known whenever
    person("SENDER", "UNKNOWN");
    person("FRIEND", "UNKNOWN");
    uses("FRIEND", "P-FRIEND-HOME", null);   // his second phone, never written on his parcels
    for (String receiver : List.of("R1", "R2", "R3", "R4", "R5", "R6")) {
      person(receiver, "UNKNOWN");
    }
    parcel("E1", "SENDER", "R1", "图书", 1.0, "2026-06-01T08:00:00Z");
    parcel("E2", "FRIEND", "R2", "图书", 1.0, "2026-06-01T08:00:00Z");
    score("E1", "E2");
    assertThat(rules("E1")).as("nothing links the sender to the suspect yet").isEmpty();
    assertThat(rules("E2")).as("nothing links the friend to the suspect yet").isEmpty();

    // Later waybills, imported: the sender writes the suspect's phone on L1, so the import records that he uses it
    // (USES, importRecord L1); the suspect writes the friend's second phone on L2, recorded the same way.
    fixture.shipment("L1", "SENDER", "SENDER", "P-SUSPECT", "R3", "R3", "P-R3", "图书", 1.0, "2026-06-10T08:00:00Z");
    uses("SENDER", "P-SUSPECT", "L1");
    fixture.shipment("L2", "SUSPECT", "SUSPECT", "P-FRIEND-HOME", "R4", "R4", "P-R4", "图书", 1.0,
        "2026-06-10T08:00:00Z");
    uses("SUSPECT", "P-FRIEND-HOME", "L2");
    parcel("S1", "SENDER", "R5", "图书", 1.0, "2026-06-10T08:00:00Z");   // sent at the same time as L1
    parcel("A2", "FRIEND", "R6", "图书", 1.0, "2026-06-20T08:00:00Z");   // after L2
    score("E1", "E2", "S1", "A2");

    assertThat(rules("E1")).as("the sender's use of the suspect's phone was recorded from a later waybill").isEmpty();
    assertThat(rules("E2")).as("the suspect's use of the friend's phone was recorded from a later waybill").isEmpty();
    assertThat(rules("S1")).as("recorded from a waybill sent at the same time: it counts")
        .containsExactly("near-suspect");
    assertThat(nearSuspectEvidence("S1"))
        .containsExactly("Shipment/RSKC-S1", "Person/RSKC-SENDER", "Phone/RSKC-P-SUSPECT", "Person/RSKC-SUSPECT");
    assertThat(rules("A2")).as("the suspect uses the friend's second phone since L2, sent before").containsExactly(
        "near-suspect");
    assertThat(nearSuspectEvidence("A2"))
        .containsExactly("Shipment/RSKC-A2", "Person/RSKC-FRIEND", "Phone/RSKC-P-FRIEND-HOME", "Person/RSKC-SUSPECT");
  }

  /** What near-suspect shows for the shipment, run on its own: alone (weight 1) it raises no alert to read hits of. */
  List<String> nearSuspectEvidence(String waybill) {
    return runner.read("rules/near-suspect", Map.of("waybillNos", List.of(PREFIX + waybill)),
        record -> record.get("evidence").asList(Value::asString)).stream().flatMap(List::stream).toList();
  }

  /**
   * The person uses the phone (created if new): a record known whenever, or, with a waybill named, a use an import of
   * waybills recorded from that waybill (its USES carries the waybill's number as importRecord).
   */
  void uses(String person, String phone, String waybill) {
    Map<String, Object> parameters = new HashMap<>(Map.of("person", person, "phone", phone));
    parameters.put("record", waybill == null ? null : PREFIX + waybill);
    fixture.run("""
        MATCH (p:Person {id: $prefix + $person})
        MERGE (phone:Phone {number: $prefix + $phone})
          ON CREATE SET phone:Entity, phone.uid = 'Phone/' + $prefix + $phone
        CREATE (p)-[:USES {importRecord: $record}]->(phone)""", parameters);
  }

  @Test
  void aPhoneCountsOnlyTheNamesWrittenWithItOnParcelsSentBeforeOrWithTheOneScored() {
    fixture.address("A-COURIER", "530102");
    fixture.person("COURIER", "岩龙", "UNKNOWN", "PB", "A-COURIER");   // the burner's one person record
    courierParcel("N1", "岩龙", "2026-06-01T08:00:00Z");
    courierParcel("N2", "岩保", "2026-06-05T08:00:00Z");
    score("N1", "N2");
    assertThat(rules("N1")).as("one name on the phone so far").isEmpty();
    assertThat(rules("N2")).as("two names on the phone so far").isEmpty();

    // the third name comes later: N1 and N2 score as they did, the later parcels see three names
    courierParcel("N3", "岩温", "2026-06-10T08:00:00Z");
    courierParcel("N4", "岩龙", "2026-06-10T08:00:00Z");   // sent at the same time as N3
    courierParcel("N5", "岩龙", "2026-06-20T08:00:00Z");
    score("N1", "N2", "N3", "N4", "N5");

    assertThat(rules("N1")).as("the third name was written only on later parcels").isEmpty();
    assertThat(rules("N2")).as("the third name was written only on a later parcel").isEmpty();
    assertThat(rules("N3")).as("its own name is the third").containsExactly("phone-many-names");
    assertThat(rules("N4")).as("N3, sent at the same time, counts").containsExactly("phone-many-names");
    assertThat(rules("N5")).as("three names before it, though it writes the first again")
        .containsExactly("phone-many-names");
    assertThat(hits("N3")).singleElement().satisfies(hit -> {
      assertThat(hit.get("reason").asString()).isEqualTo("phone RSKC-PB is used under 3 names: 岩龙, 岩保, 岩温");
      assertThat(hit.get("evidence").asList(value -> value.asString()))
          .as("the records that showed each name first, none sent after N3")
          .contains("Person/RSKC-COURIER", "Shipment/RSKC-N2", "Shipment/RSKC-N3")
          .doesNotContain("Shipment/RSKC-N4", "Shipment/RSKC-N5");
    });
  }

  /**
   * A parcel sent with the courier's burner phone under the name given, each to a receiver of its own (one route
   * under changing names would fire repeated-route-changing-names as well).
   */
  void courierParcel(String waybill, String senderName, String sentAt) {
    person("R-" + waybill, "UNKNOWN");
    fixture.shipment(waybill, "COURIER", senderName, "PB", "R-" + waybill, "R-" + waybill, "P-R-" + waybill, "图书",
        1.0, sentAt);
  }

  @Test
  void aPersonRecordTheImportMadeFromAWaybillUsesItsPhoneOnlyFromThatWaybillsSendingTime() {
    String source = "risk-cases-" + UUID.randomUUID();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String phone = "173" + String.format("%08d", random.nextInt(100_000_000));
    String receiverPhone = "174" + String.format("%08d", random.nextInt(100_000_000));
    String first = "SF18" + String.format("%011d", random.nextLong(100_000_000_000L));
    String second = "SF18" + String.format("%011d", random.nextLong(100_000_000_000L));
    String third = "SF18" + String.format("%011d", random.nextLong(100_000_000_000L));
    try {
      // no ID numbers: each new name with the phone becomes a person record of its own, using the phone (USES
      // recorded by that waybill's row); the file lists the latest parcel first
      String csv = "waybillNo,courier,senderName,senderPhone,senderIdNumber,senderAddress,senderRegion,receiverName,"
          + "receiverPhone,receiverIdNumber,receiverAddress,receiverRegion,declaredContent,weightKg,sentAt,"
          + "deliveredAt,vehiclePlate\n"
          + importedParcel(third, "岩温", phone, receiverPhone, "2026-06-10 09:30")
          + importedParcel(second, "岩保", phone, receiverPhone, "2026-06-05 09:30")
          + importedParcel(first, "岩龙", phone, receiverPhone, "2026-06-01 09:30");
      GraphQlOverHttp.web(port).post().uri("/import/waybills?source={s}&name=aliases.csv", source)
          .contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv).exchange().expectStatus().isOk()
          .expectBody().jsonPath("$.imported").isEqualTo(3);
      assertThat(driver.executableQuery("MATCH (:Phone {number: $phone})<-[:USES]-(p:Person) RETURN count(p) AS n")
          .withParameters(Map.of("phone", phone)).execute().records().get(0).get("n").asLong())
          .as("three person records use the phone").isEqualTo(3);

      graphql.documentName("score-shipments").variable("waybillNos", List.of(first, second, third)).execute()
          .errors().verify();

      assertThat(importedRules(first)).as("the other two names were recorded from later waybills").isEmpty();
      assertThat(importedRules(second)).as("the third name was recorded from a later waybill").isEmpty();
      assertThat(importedRules(third)).containsExactly("phone-many-names");
    } finally {
      RiskFixture.deleteImport(driver, source);
    }
  }

  /**
   * One CSV line: a parcel from an address of its own in Kunming to one Guangzhou receiver, the sender's phone under
   * the name given.
   */
  static String importedParcel(String waybillNo, String senderName, String phone, String receiverPhone,
      String sentAt) {
    return waybillNo + ",顺丰速运," + senderName + "," + phone + ",,云南省昆明市五华区别名测试路" + waybillNo + "号,530102,黄芳,"
        + receiverPhone + ",,广东省广州市越秀区别名测试路" + receiverPhone + "号,440104,图书,1,"
        + sentAt + ",,\n";
  }

  List<String> importedRules(String waybillNo) {
    return driver.executableQuery("MATCH (s:Shipment {waybillNo: $no}) RETURN s.riskRules AS rules")
        .withParameters(Map.of("no", waybillNo)).execute().records().get(0).get("rules")
        .asList(value -> value.asString());
  }

  @Test
  void rescoringReplacesRuleHitsWhoseReasonAndEvidenceChangedUnderTheSameScoreAndRules() {
    person("S1", "SUSPECT");
    person("S2", "FUGITIVE");
    person("R", "UNKNOWN");
    parcel("M1", "S1", "R", "图书", 1.0, "2026-06-01T08:00:00Z");
    score("M1");
    assertThat(hits("M1")).singleElement().satisfies(hit -> assertThat(hit.get("reason").asString())
        .isEqualTo("S1 is suspect"));

    // entity resolution moves the sender to another known person: same rule, same score, another reason
    String sent = driver.executableQuery("""
        MATCH (:Person {id: $s1})-[old:SENT]->(m:Shipment {waybillNo: $no})
        MATCH (s2:Person {id: $s2})
        DELETE old
        CREATE (s2)-[sent:SENT]->(m)
        RETURN elementId(sent) AS sent""").withParameters(Map.of("s1", PREFIX + "S1", "s2", PREFIX + "S2",
        "no", PREFIX + "M1")).execute().records().get(0).get("sent").asString();
    Map<String, Object> rescored = score("M1");

    assertThat(rescored).containsEntry("alertsRaised", 0).containsEntry("alertsUpdated", 1);
    assertThat(hits("M1")).singleElement().satisfies(hit -> {
      assertThat(hit.get("ruleId").asString()).isEqualTo("known-suspect-party");
      assertThat(hit.get("reason").asString()).isEqualTo("S2 is fugitive");
      assertThat(hit.get("evidence").asList(value -> value.asString())).contains("Person/RSKC-S2")
          .doesNotContain("Person/RSKC-S1");
      assertThat(hit.get("links").asList(value -> value.asString())).as("the relationship that is there now")
          .contains(sent);
    });
    assertThat(history("M1")).extracting(event -> event.get("action")).containsExactly("RAISED", "RESCORED");
    assertThat(history("M1").get(1).get("note")).isEqualTo("score 3.0, same rules, reasons changed");
    assertThat(score("M1")).as("nothing changed since").containsEntry("alertsUpdated", 0);
  }

  @Test
  void anAlertRescoredToTheThresholdStaysWithItsHistoryButLeavesTheNewQueue() {
    person("TEA1", "UNKNOWN");
    person("TEA2", "UNKNOWN");
    parcel("T1", "TEA1", "TEA2", "茶叶", 12.0, "2026-06-01T08:00:00Z");
    score("T1");
    String id = "Alert/" + PREFIX + "T1";
    graphql.documentName("assign-alert").variable("id", id).variable("assignee", "rskc.tester").variable("by", "lead")
        .execute().errors().verify();
    assertThat(alert("T1")).containsEntry("belowThreshold", false).containsEntry("score", 2.0);

    // the waybill is corrected: 1.2 kg of tea, nothing fires any more
    driver.executableQuery("MATCH (s:Shipment {waybillNo: $no}) SET s.weightKg = 1.2")
        .withParameters(Map.of("no", PREFIX + "T1")).execute();
    score("T1");

    Map<String, Object> alert = alert("T1");
    assertThat(alert).as("kept, with its status and assignee").containsEntry("status", "NEW")
        .containsEntry("assignee", "rskc.tester").containsEntry("score", 0.0).containsEntry("belowThreshold", true);
    assertThat(history("T1")).extracting(event -> event.get("action")).containsExactly("RAISED", "ASSIGNED", "RESCORED");
    assertThat(history("T1").get(2).get("note")).isEqualTo("score 2.0 -> 0.0, at or below threshold 1.0");
    assertThat(queue(false)).as("the NEW queue, belowThreshold: false").isEmpty();
    assertThat(queue(true)).containsExactly(id);
    assertThat(queue(null)).containsExactly(id);

    driver.executableQuery("MATCH (s:Shipment {waybillNo: $no}) SET s.weightKg = 12.0")
        .withParameters(Map.of("no", PREFIX + "T1")).execute();
    score("T1");
    assertThat(alert("T1")).containsEntry("belowThreshold", false);
    assertThat(queue(false)).as("back in the queue").containsExactly(id);
  }

  /** The NEW alerts assigned to the test's investigator, with or without those at or below the threshold. */
  List<String> queue(Boolean belowThreshold) {
    Map<String, Object> filter = new HashMap<>(Map.of("status", "NEW", "assignee", "rskc.tester"));
    filter.put("belowThreshold", belowThreshold);
    return graphql.documentName("alerts").variable("filter", filter).execute().errors().verify()
        .path("alerts.edges[*].node.id").entityList(String.class).get();
  }

  @Test
  void theScoreShipmentsMutationScoresOnTheScoringThreadAndReturnsItsCounts() {
    person("TEA3", "UNKNOWN");
    person("TEA4", "UNKNOWN");
    parcel("T2", "TEA3", "TEA4", "茶叶", 12.0, "2026-06-01T08:00:00Z");
    Set<String> threads = ConcurrentHashMap.newKeySet();
    ApplicationListener<ApplicationEvent> listener = event -> {
      if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof AlertRaised raised
          && raised.waybillNo().equals(PREFIX + "T2")) {
        threads.add(Thread.currentThread().getName());
      }
    };
    context.addApplicationListener(listener);
    try {
      assertThat(score("T2")).containsEntry("shipments", 1).containsEntry("alertsRaised", 1)
          .containsEntry("alertsUpdated", 0).containsEntry("firings", 1);
    } finally {
      context.removeApplicationListener(listener);
    }
    assertThat(threads).as("the new alert was announced from the one scoring thread").containsExactly("risk-scoring");
  }
}
