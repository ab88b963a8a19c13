package org.chainbreaker.takedown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainbreaker.demo.DemoProperties;
import org.chainbreaker.testing.ChainbreakerTest;
import org.chainbreaker.testing.DemoTruth;
import org.chainbreaker.testing.GraphQlOverHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.JsonNode;

/** Whole-chain traces over HTTP on the demo network, scored against the generator's ground truth. */
@ChainbreakerTest
class TraceIT {

  @LocalServerPort
  int port;
  @Autowired
  DemoProperties demo;
  @Autowired
  Driver driver;

  HttpGraphQlTester graphql;
  DemoTruth truth;
  /** Planted stage of every planted gang member, by person id. */
  Map<String, String> plantedStage = new HashMap<>();
  /** Planted role of every planted gang member, by person id. */
  Map<String, String> plantedRole = new HashMap<>();
  /** Person ids that are a second record (alias) of a planted member. */
  Set<String> aliasRecords = new HashSet<>();

  record Member(Person person, String stage, String region, List<String> signals) {}

  record Person(String id, String caption) {}

  record Node(String id, String label) {}

  record Trace(int shipments, boolean capped, List<Member> people, Subgraph subgraph) {}

  record Subgraph(List<Node> nodes) {}

  @BeforeEach
  void connect() {
    graphql = GraphQlOverHttp.tester(port);
    truth = DemoTruth.read(demo.groundTruthFile());
    for (JsonNode gang : truth.gangs()) {
      gang.get("members").valueStream().forEach(m -> {
        plantedStage.put("Person/" + m.get("personId").asString(), m.get("stage").asString());
        plantedRole.put("Person/" + m.get("personId").asString(), m.get("role").asString());
      });
    }
    truth.root().get("aliases").valueStream()
        .forEach(a -> aliasRecords.add("Person/" + a.get("aliasPersonId").asString()));
  }

  @AfterEach
  void removeFixture() {
    driver.executableQuery("MATCH (n) WHERE n.uid STARTS WITH 'Person/TR-' OR n.uid STARTS WITH 'Shipment/TR-' "
        + "DETACH DELETE n").execute();
  }

  Trace trace(Map<String, Object> input) {
    return graphql.documentName("trace").variable("input", input).execute().errors().verify().path("trace")
        .entity(Trace.class).get();
  }

  static List<String> shipmentIds(Trace trace) {
    return trace.subgraph().nodes().stream().filter(n -> n.label().equals("Shipment")).map(Node::id).toList();
  }

  /**
   * A supplier, a courier and a dealer (both ends suspects, so every parcel between them is corroborated). Three
   * parcels reach the courier: TR-LATE (sent 05-18, received 05-22), TR-ONTIME (sent 05-17, received 05-19) and
   * TR-NORECEIPT (sent 05-19, no receipt on record); the courier sends TR-OUT to the dealer on 05-20.
   */
  void courierBetweenSupplierAndDealer() {
    driver.executableQuery("""
        CREATE (s:Person:Entity {uid: 'Person/TR-S', id: 'TR-S', name: 'supplier', status: 'SUSPECT'}),
               (c:Person:Entity {uid: 'Person/TR-C', id: 'TR-C', name: 'courier', status: 'UNKNOWN'}),
               (d:Person:Entity {uid: 'Person/TR-D', id: 'TR-D', name: 'dealer', status: 'SUSPECT'}),
               (s)-[:SENT]->(:Shipment:Entity {uid: 'Shipment/TR-LATE', waybillNo: 'TR-LATE',
                   sentAt: datetime('2026-05-18T10:00+08:00'), receivedAt: datetime('2026-05-22T10:00+08:00')})
                 -[:ADDRESSED_TO]->(c),
               (s)-[:SENT]->(:Shipment:Entity {uid: 'Shipment/TR-ONTIME', waybillNo: 'TR-ONTIME',
                   sentAt: datetime('2026-05-17T10:00+08:00'), receivedAt: datetime('2026-05-19T10:00+08:00')})
                 -[:ADDRESSED_TO]->(c),
               (s)-[:SENT]->(:Shipment:Entity {uid: 'Shipment/TR-NORECEIPT', waybillNo: 'TR-NORECEIPT',
                   sentAt: datetime('2026-05-19T10:00+08:00')})-[:ADDRESSED_TO]->(c),
               (c)-[:SENT]->(:Shipment:Entity {uid: 'Shipment/TR-OUT', waybillNo: 'TR-OUT',
                   sentAt: datetime('2026-05-20T10:00+08:00')})-[:ADDRESSED_TO]->(d)
        """).execute();
  }

  @Test
  void aHandOverIsFoundFromEitherOfItsParcels() {
    courierBetweenSupplierAndDealer();
    List<String> upstream = shipmentIds(trace(Map.of("id", "Shipment/TR-OUT")));
    for (String in : List.of("Shipment/TR-LATE", "Shipment/TR-ONTIME", "Shipment/TR-NORECEIPT")) {
      List<String> downstream = shipmentIds(trace(Map.of("id", in)));
      assertThat(upstream.contains(in)).as("traced from TR-OUT, %s is in the chain exactly when, traced from %s, "
          + "TR-OUT is", in, in).isEqualTo(downstream.contains("Shipment/TR-OUT"));
    }
    assertThat(upstream).as("the parcel that arrived after TR-OUT left is not handed over; one with no receipt on "
        + "record counts as arrived when sent").containsExactlyInAnyOrder("Shipment/TR-OUT", "Shipment/TR-ONTIME",
        "Shipment/TR-NORECEIPT");
  }

  @Test
  void signalsAreAboutThePersonTheyAreCreditedTo() {
    Set<String> suspects = new HashSet<>(driver.executableQuery("MATCH (p:Person) WHERE p.status <> 'UNKNOWN' "
        + "OR EXISTS { (p)-[:MEMBER_OF]->(:Gang) } RETURN p.uid AS uid").execute().records().stream()
        .map(r -> r.get("uid").asString()).toList());
    for (String seizure : seizures()) {
      Trace trace = trace(Map.of("id", seizure));
      // Who wrote another name on a waybill of this chain, on their own side of it.
      Set<String> aliased = new HashSet<>(driver.executableQuery("""
          UNWIND $shipments AS uid
          MATCH (a:Person)-[:SENT]->(s:Shipment {uid: uid})-[:ADDRESSED_TO]->(b:Person)
          UNWIND [x IN [CASE WHEN s.senderName <> a.name THEN a.uid END,
                        CASE WHEN s.receiverName <> b.name THEN b.uid END] WHERE x IS NOT NULL] AS person
          RETURN DISTINCT person""").withParameters(Map.of("shipments", shipmentIds(trace))).execute().records()
          .stream().map(r -> r.get("person").asString()).toList());
      assertThat(trace.people()).filteredOn(m -> !m.stage().equals("FINANCE")).as(seizure).allSatisfy(m -> {
        assertThat(m.signals().contains("SUSPECT")).as("%s: SUSPECT exactly when %s is a suspect or known member",
            seizure, m.person().id()).isEqualTo(suspects.contains(m.person().id()));
        assertThat(m.signals().contains("ALIAS")).as("%s: ALIAS exactly when a waybill names %s otherwise", seizure,
            m.person().id()).isEqualTo(aliased.contains(m.person().id()));
      });
    }
  }

  @Test
  void cappedOnlyWhenOneMoreHandOverWouldHaveAddedSomething() {
    for (String seizure : seizures()) {
      Trace previous = trace(Map.of("id", seizure, "maxHandOvers", 1));
      for (int handOvers = 2; handOvers <= 5; handOvers++) {
        Trace next = trace(Map.of("id", seizure, "maxHandOvers", handOvers));
        assertThat(previous.capped()).as("%s with maxHandOvers %d: capped exactly when %d finds more", seizure,
            handOvers - 1, handOvers).isEqualTo(next.shipments() > previous.shipments());
        previous = next;
      }
    }
  }

  @Test
  void theTraceStopsAt500PeopleNotAt500Nodes() {
    // One suspect sends to 30 suspects, each of whom sends on to 20 more: 631 people.
    driver.executableQuery("""
        CREATE (root:Person:Entity {uid: 'Person/TR-R', id: 'TR-R', name: 'root', status: 'SUSPECT'})
        WITH root
        UNWIND range(1, 30) AS i
        CREATE (root)-[:SENT]->(:Shipment:Entity {uid: 'Shipment/TR-' + i, waybillNo: 'TR-' + i,
                   sentAt: datetime('2026-05-01T10:00Z'), receivedAt: datetime('2026-05-02T10:00Z')})
                 -[:ADDRESSED_TO]->(c:Person:Entity {uid: 'Person/TR-' + i, id: 'TR-' + i, name: 'c' + i,
                   status: 'SUSPECT'})
        WITH c, i
        UNWIND range(1, 20) AS j
        CREATE (c)-[:SENT]->(:Shipment:Entity {uid: 'Shipment/TR-' + i + '-' + j, waybillNo: 'TR-' + i + '-' + j,
                   sentAt: datetime('2026-05-03T10:00Z')})
                 -[:ADDRESSED_TO]->(:Person:Entity {uid: 'Person/TR-' + i + '-' + j, id: 'TR-' + i + '-' + j,
                   name: 'g' + i + '-' + j, status: 'SUSPECT'})
        """).execute();
    var response = graphql.document("query($input: TraceInput!) { trace(input: $input) { capped people { stage } } }")
        .variable("input", Map.of("id", "Person/TR-R", "maxHandOvers", 2, "perPerson", 50)).execute().errors().verify();
    response.path("trace.capped").entity(Boolean.class).isEqualTo(true);
    assertThat(response.path("trace.people").entityList(Object.class).get()).as("people, not people and shipments")
        .hasSize(ChainTracer.MAX_PEOPLE);
  }

  List<String> seizures() {
    return driver.executableQuery("MATCH (z:Seizure) RETURN z.uid AS uid ORDER BY uid").execute().records().stream()
        .map(r -> r.get("uid").asString()).toList();
  }

  List<Member> people(String id) {
    return graphql.documentName("trace").variable("input", Map.of("id", id)).execute().errors().verify()
        .path("trace.people").entityList(Member.class).get();
  }

  @Test
  void everySeizureLeadsToItsWholeChainWithEachPlantedMemberAtTheirStage() {
    List<String> seizures = seizures();
    assertThat(seizures).as("the demo plants seizures").hasSizeGreaterThanOrEqualTo(3);
    for (String seizure : seizures) {
      List<Member> people = people(seizure);
      assertThat(people).extracting(Member::stage).as(seizure)
          .contains("SOURCE", "DISTRIBUTION", "RETAIL");
      assertThat(people).as("%s: only planted members (or their alias records) are in the chain", seizure)
          .allSatisfy(m -> assertThat(plantedStage.containsKey(m.person().id()) || aliasRecords.contains(m.person().id()))
              .as(m.person().id()).isTrue());
      assertThat(people).filteredOn(m -> plantedStage.containsKey(m.person().id()) && !m.stage().equals("FINANCE"))
          .as("%s: hand-over stages match what was planted", seizure)
          .allSatisfy(m -> assertThat(m.stage()).as(m.person().id()).isEqualTo(plantedStage.get(m.person().id())));
      assertThat(people).filteredOn(m -> m.stage().equals("FINANCE"))
          .as("%s: the money side is the gang's financier and command", seizure)
          .allSatisfy(m -> assertThat(plantedRole.get(m.person().id())).isIn("FINANCIER", "LEADER", "LIEUTENANT"));
      assertThat(people).filteredOn(m -> m.signals().contains("START")).as("the seized parcel's two ends").hasSize(2);
    }
  }

  @Test
  void summaryGivesTheSizeDatesAndWhereEachStageIs() {
    String seizure = seizures().get(0);
    var response = graphql.documentName("trace").variable("input", Map.of("id", seizure)).execute().errors().verify();
    String summary = response.path("trace.summary").entity(String.class).get();
    int shipments = response.path("trace.shipments").entity(Integer.class).get();
    assertThat(shipments).isGreaterThanOrEqualTo(3);
    assertThat(summary).startsWith("Traced from seizure").contains(shipments + " shipments")
        .contains("source").contains("retail");
    response.path("trace.start.id").entity(String.class).isEqualTo(seizure);
    response.path("trace.subgraph.edges[*].type").entityList(String.class)
        .satisfies(types -> assertThat(types).contains("SENT", "ADDRESSED_TO", "FROM_SHIPMENT"));
  }

  @Test
  void traceFromAWholesalerReachesTheirCouriersUpstreamAndDealersDownstream() {
    Record seized = driver.executableQuery("MATCH (z:Seizure)-[:FROM_SHIPMENT]->(:Shipment)-[:ADDRESSED_TO]->(w) "
        + "RETURN w.uid AS uid ORDER BY z.uid LIMIT 1").execute().records().get(0);
    String wholesaler = seized.get("uid").asString();
    List<Member> people = people(wholesaler);
    assertThat(people).filteredOn(m -> m.person().id().equals(wholesaler)).extracting(Member::stage)
        .containsExactly("DISTRIBUTION");
    assertThat(people).extracting(m -> plantedStage.get(m.person().id())).contains("TRANSIT", "RETAIL");
  }

  @Test
  void unknownIdIsNullAndBadInputNamesTheArgument() {
    graphql.documentName("trace").variable("input", Map.of("id", "Seizure/NONE")).execute().errors().verify()
        .path("trace").valueIsNull();
    graphql.documentName("trace").variable("input", Map.of("id", "Phone/13800000000")).execute().errors()
        .expect(e -> e.getMessage().contains("'input.id'") && e.getMessage().contains("Seizure/")).verify();
    graphql.documentName("trace").variable("input", Map.of("id", "Person/P005001", "maxHandOvers", 9)).execute()
        .errors().expect(e -> e.getMessage().contains("'input.maxHandOvers'")).verify();
  }
}
