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
