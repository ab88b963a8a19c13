package org.chainbreaker.takedown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.JsonNode;

/** Arrest plans over HTTP on the demo network, checked against the drug parcels the generator planted. */
@ChainbreakerTest
class ArrestPlanIT {

  @LocalServerPort
  int port;
  @Autowired
  DemoProperties demo;
  @Autowired
  Driver driver;

  HttpGraphQlTester graphql;
  DemoTruth truth;

  record Person(String id, String caption) {}

  record Arrest(Person person, long parcelsCarried, String reason) {}

  record ArrestSet(int size, List<Arrest> people, long flowAfter) {}

  @BeforeEach
  void connect() {
    graphql = GraphQlOverHttp.tester(port);
    truth = DemoTruth.read(demo.groundTruthFile());
  }

  static List<String> members(JsonNode gang, String stage) {
    return gang.get("members").valueStream().filter(m -> m.get("stage").asString().equals(stage))
        .map(m -> "Person/" + m.get("personId").asString()).toList();
  }

  GraphQlTester.Response plan(Map<String, Object> input) {
    return graphql.documentName("arrest-plan").variable("input", input).execute();
  }

  /** Who sends planted drug parcels to whom, with the two records of an aliased courier taken as one person. */
  Map<String, Set<String>> plantedDrugRoutes() {
    Map<String, String> sameAs = new HashMap<>();
    truth.root().get("aliases").valueStream().forEach(a -> sameAs.put("Person/" + a.get("aliasPersonId").asString(),
        "Person/" + a.get("personId").asString()));
    Map<String, Set<String>> routes = new HashMap<>();
    driver.executableQuery("UNWIND $waybills AS w MATCH (a:Person)-[:SENT]->(:Shipment {waybillNo: w})"
            + "-[:ADDRESSED_TO]->(b:Person) RETURN a.uid AS a, b.uid AS b")
        .withParameters(Map.of("waybills", truth.drugShipments())).execute().records()
        .forEach(r -> routes.computeIfAbsent(sameAs.getOrDefault(r.get("a").asString(), r.get("a").asString()),
            k -> new HashSet<>()).add(sameAs.getOrDefault(r.get("b").asString(), r.get("b").asString())));
    return routes;
  }

  static boolean reachable(Map<String, Set<String>> routes, List<String> from, List<String> to, Set<String> arrested) {
    ArrayDeque<String> queue = new ArrayDeque<>(from.stream().filter(p -> !arrested.contains(p)).toList());
    Set<String> seen = new HashSet<>(queue);
    while (!queue.isEmpty()) {
      String person = queue.poll();
      if (to.contains(person)) {
        return true;
      }
      for (String next : routes.getOrDefault(person, Set.of())) {
        if (!arrested.contains(next) && seen.add(next)) {
          queue.add(next);
        }
      }
    }
    return false;
  }

  @Test
  void theMinimumCutDisconnectsEveryPlantedChainFromItsMarkets() {
    Map<String, Set<String>> routes = plantedDrugRoutes();
    for (JsonNode gang : truth.gangs()) {
      List<String> sources = members(gang, "SOURCE");
      List<String> markets = members(gang, "RETAIL");
      assertThat(reachable(routes, sources, markets, Set.of())).as("%s: planted drugs reach its dealers",
          gang.get("gangId").asString()).isTrue();
      var response = plan(Map.of("sourceIds", sources, "marketIds", markets)).errors().verify();
      long before = response.path("arrestPlan.flowBefore").entity(Long.class).get();
      ArrestSet cut = response.path("arrestPlan.minimumCut").entity(ArrestSet.class).get();
      assertThat(before).as("%s: parcels from source to market", gang.get("gangId").asString()).isPositive();
      assertThat(cut.flowAfter()).isZero();
      assertThat(cut.people()).allSatisfy(a -> assertThat(a.parcelsCarried()).isPositive());
      Set<String> arrested = new HashSet<>(cut.people().stream().map(a -> a.person().id()).toList());
      assertThat(reachable(routes, sources, markets, arrested))
          .as("%s: after arresting %s no planted drug parcel route reaches its dealers", gang.get("gangId").asString(),
              arrested)
          .isFalse();
    }
  }

  @Test
  void aSmallerBudgetRemovesAsMuchFlowAsItCan() {
    JsonNode gang = truth.gangs().get(0);
    Map<String, Object> input = Map.of("sourceIds", members(gang, "SOURCE"), "marketIds", members(gang, "RETAIL"));
    var full = plan(input).errors().verify();
    long before = full.path("arrestPlan.flowBefore").entity(Long.class).get();
    ArrestSet cut = full.path("arrestPlan.minimumCut").entity(ArrestSet.class).get();
    var withBudget = plan(Map.of("sourceIds", members(gang, "SOURCE"), "marketIds", members(gang, "RETAIL"),
        "budget", 1)).errors().verify();
    ArrestSet one = withBudget.path("arrestPlan.withinBudget").entity(ArrestSet.class).get();
    assertThat(one.size()).isEqualTo(1);
    assertThat(one.flowAfter()).isLessThan(before);
    if (cut.size() > 1) {
      assertThat(one.flowAfter()).as("one arrest cannot do what the minimum cut needs more for").isPositive();
    }
  }

  @Test
  void excludedPeopleAreNeverChosen() {
    JsonNode gang = truth.gangs().get(0);
    List<String> sources = members(gang, "SOURCE");
    List<String> markets = members(gang, "RETAIL");
    ArrestSet cut = plan(Map.of("sourceIds", sources, "marketIds", markets)).errors().verify()
        .path("arrestPlan.minimumCut").entity(ArrestSet.class).get();
    List<String> first = cut.people().stream().map(a -> a.person().id()).toList();
    var again = plan(Map.of("sourceIds", sources, "marketIds", markets, "exclude", first, "budget", 2)).errors().verify();
    again.path("arrestPlan.withinBudget.people[*].person.id").entityList(String.class)
        .satisfies(ids -> assertThat(ids).doesNotContainAnyElementsOf(first));
  }

  @Test
  void regionsStandForTheirSuspects() {
    JsonNode gang = truth.gangs().get(0);
    var response = plan(Map.of("sourceRegion", gang.get("sourceRegion").asString(),
        "marketRegion", gang.get("marketRegions").get(0).asString())).errors().verify();
    response.path("arrestPlan.sources").entityList(Object.class).hasSizeGreaterThan(0);
    assertThat(response.path("arrestPlan.flowBefore").entity(Long.class).get()).isNotNegative();
  }

  @Test
  void badInputNamesTheArgument() {
    plan(Map.of("sourceIds", List.of("Person/P005001"), "sourceRegion", "MM-17", "marketRegion", "440100")).errors()
        .expect(e -> e.getMessage().contains("'input.sourceIds'") && e.getMessage().contains("not both")).verify();
    plan(Map.of("sourceRegion", "MM-17", "marketRegion", "999999")).errors()
        .expect(e -> e.getMessage().contains("'input.marketRegion'") && e.getMessage().contains("999999")).verify();
    plan(Map.of("sourceIds", List.of("P005001"), "marketRegion", "440100")).errors()
        .expect(e -> e.getMessage().contains("'input.sourceIds'") && e.getMessage().contains("Person/")).verify();
  }
}
