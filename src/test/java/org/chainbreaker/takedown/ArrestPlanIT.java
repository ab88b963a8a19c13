package org.chainbreaker.takedown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
  @Autowired
  TakedownProperties takedown;

  HttpGraphQlTester graphql;
  DemoTruth truth;

  record Person(String id, String caption) {}

  record Arrest(Person person, long parcelsCarried, String reason) {}

  record ArrestSet(int size, List<Arrest> people, long flowAfter) {}

  record Plan(boolean capped, String routesRead, long flowBefore, ArrestSet minimumCut) {}

  @BeforeEach
  void connect() {
    graphql = GraphQlOverHttp.tester(port);
    truth = DemoTruth.read(demo.groundTruthFile());
  }

  @AfterEach
  void removeFixture() {
    driver.executableQuery("MATCH (n) WHERE n.uid STARTS WITH 'Person/AP-' OR n.uid STARTS WITH 'Address/AP-' "
        + "OR n.uid STARTS WITH 'Shipment/AP-' OR (n:Region AND n.code STARTS WITH 'AP-') DETACH DELETE n").execute();
  }

  /**
   * A source region holding {@code suspects} suspects and a market region holding one dealer; only the last supplier
   * (by id) sends the dealer a parcel.
   */
  void crowdedSourceRegion(int suspects) {
    driver.executableQuery("""
        CREATE (src:Region {code: 'AP-SRC', name: 'crowded source', level: 'PREFECTURE'}),
               (mkt:Region {code: 'AP-MKT', name: 'market', level: 'PREFECTURE'}),
               (home:Address:Entity {uid: 'Address/AP-SRC', id: 'AP-SRC', text: 'source'})-[:LOCATED_IN]->(src),
               (shop:Address:Entity {uid: 'Address/AP-MKT', id: 'AP-MKT', text: 'market'})-[:LOCATED_IN]->(mkt),
               (dealer:Person:Entity {uid: 'Person/AP-M', id: 'AP-M', name: 'dealer', status: 'SUSPECT'})
                 -[:LIVES_AT]->(shop)
        WITH home, dealer
        UNWIND range(1, $suspects) AS i
        CREATE (p:Person:Entity {uid: 'Person/AP-S' + right('0000' + i, 5), id: 'AP-S' + right('0000' + i, 5),
                                 name: 'supplier ' + i, status: 'SUSPECT'})-[:LIVES_AT]->(home)
        WITH dealer, p ORDER BY p.uid DESC LIMIT 1
        CREATE (p)-[:SENT]->(:Shipment:Entity {uid: 'Shipment/AP-1', waybillNo: 'AP-1',
                                               sentAt: datetime('2026-05-01T10:00Z')})-[:ADDRESSED_TO]->(dealer)
        """).withParameters(Map.of("suspects", suspects)).execute();
  }

  /**
   * Two chains: AP-S1 sends to AP-C, who sends to the dealer AP-M1 (two hand-overs); AP-S2 sends to AP-A, who sends to
   * AP-B, who sends to the dealer AP-M2 (three). AP-A also sends to AP-X, who sends nothing on; AP-M1 sends on to AP-Y,
   * which is not followed (the chain ends at a market).
   */
  void aShortAndALongChain() {
    driver.executableQuery("""
        CREATE (s1:Person:Entity {uid: 'Person/AP-S1', id: 'AP-S1', name: 'supplier 1', status: 'SUSPECT'}),
               (s2:Person:Entity {uid: 'Person/AP-S2', id: 'AP-S2', name: 'supplier 2', status: 'SUSPECT'}),
               (c:Person:Entity {uid: 'Person/AP-C', id: 'AP-C', name: 'courier c', status: 'UNKNOWN'}),
               (a:Person:Entity {uid: 'Person/AP-A', id: 'AP-A', name: 'courier a', status: 'UNKNOWN'}),
               (b:Person:Entity {uid: 'Person/AP-B', id: 'AP-B', name: 'courier b', status: 'UNKNOWN'}),
               (x:Person:Entity {uid: 'Person/AP-X', id: 'AP-X', name: 'customer x', status: 'UNKNOWN'}),
               (m1:Person:Entity {uid: 'Person/AP-M1', id: 'AP-M1', name: 'dealer 1', status: 'SUSPECT'}),
               (m2:Person:Entity {uid: 'Person/AP-M2', id: 'AP-M2', name: 'dealer 2', status: 'SUSPECT'}),
               (y:Person:Entity {uid: 'Person/AP-Y', id: 'AP-Y', name: 'customer y', status: 'UNKNOWN'})
        WITH *
        UNWIND [[s1, c], [c, m1], [m1, y], [s2, a], [a, b], [a, x], [b, m2]] AS pair
        WITH pair[0] AS sender, pair[1] AS receiver
        CREATE (sender)-[:SENT]->(:Shipment:Entity {uid: 'Shipment/AP-' + sender.id + '-' + receiver.id,
                   waybillNo: 'AP-' + sender.id + '-' + receiver.id, sentAt: datetime('2026-05-01T10:00Z')})
                 -[:ADDRESSED_TO]->(receiver)
        """).execute();
  }

  /**
   * A supplier who sends {@code innocent} parcels to a customer on 1 May and one parcel to a courier on 2 May (so it
   * is the last of theirs read); the courier sends it on to a dealer.
   */
  void aSupplierWithManyInnocentParcels(int innocent) {
    driver.executableQuery("""
        CREATE (s:Person:Entity {uid: 'Person/AP-S', id: 'AP-S', name: 'supplier', status: 'SUSPECT'}),
               (x:Person:Entity {uid: 'Person/AP-X', id: 'AP-X', name: 'customer', status: 'UNKNOWN'}),
               (a:Person:Entity {uid: 'Person/AP-A', id: 'AP-A', name: 'courier', status: 'UNKNOWN'}),
               (m:Person:Entity {uid: 'Person/AP-M', id: 'AP-M', name: 'dealer', status: 'SUSPECT'}),
               (s)-[:SENT]->(:Shipment:Entity {uid: 'Shipment/AP-SA', waybillNo: 'AP-SA',
                   sentAt: datetime('2026-05-02T10:00Z')})-[:ADDRESSED_TO]->(a),
               (a)-[:SENT]->(:Shipment:Entity {uid: 'Shipment/AP-AM', waybillNo: 'AP-AM',
                   sentAt: datetime('2026-05-03T10:00Z')})-[:ADDRESSED_TO]->(m)
        WITH s, x
        UNWIND range(1, $innocent) AS i
        CREATE (s)-[:SENT]->(:Shipment:Entity {uid: 'Shipment/AP-X' + i, waybillNo: 'AP-X' + i,
                   sentAt: datetime('2026-05-01T10:00Z')})-[:ADDRESSED_TO]->(x)
        """).withParameters(Map.of("innocent", innocent)).execute();
  }

  /** The plan without its network, which for the plans read up to their limit of parcels is too big to buffer. */
  Plan plan(List<String> sources, List<String> markets, int maxHops) {
    return graphql.document("""
            query($input: ArrestPlanInput!) {
              arrestPlan(input: $input) {
                capped routesRead flowBefore
                minimumCut { size flowAfter people { parcelsCarried reason person { id caption } } }
              }
            }""").variable("input", Map.of("sourceIds", sources, "marketIds", markets, "maxHops", maxHops))
        .execute().errors().verify().path("arrestPlan").entity(Plan.class).get();
  }

  void rejected(Map<String, Object> input, String argument, String... message) {
    plan(input).errors().satisfy(errors -> {
      assertThat(errors).as("errors for %s", input).hasSize(1);
      assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
      assertThat(errors.get(0).getExtensions()).containsEntry("argument", argument);
      assertThat(errors.get(0).getMessage()).contains(message);
    });
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
      assertThat(response.path("arrestPlan.capped").entity(Boolean.class).get())
          .as("%s: every route read, so a flowAfter of 0 breaks the chain", gang.get("gangId").asString()).isFalse();
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
  void aPlanStoppedAtMaxHopsSaysSoAndWhoseParcelsItDidNotRead() {
    aShortAndALongChain();
    List<String> sources = List.of("Person/AP-S1", "Person/AP-S2");
    List<String> markets = List.of("Person/AP-M1", "Person/AP-M2");

    Plan two = plan(sources, markets, 2);
    assertThat(two.capped()).as("AP-B, reached after two hand-overs, sends on to a dealer").isTrue();
    assertThat(two.flowBefore()).as("only the short chain was read").isEqualTo(1);
    assertThat(two.minimumCut().flowAfter()).isZero();
    assertThat(two.minimumCut().people()).extracting(a -> a.person().id()).as("the cut leaves the long chain open")
        .doesNotContain("Person/AP-S2", "Person/AP-A", "Person/AP-B", "Person/AP-M2");
    assertThat(two.minimumCut().people()).allSatisfy(a -> assertThat(a.reason()).contains("on the routes read"));
    assertThat(two.routesRead()).isEqualTo("Routes were followed for 2 hand-overs (maxHops): 1 of the 2 people "
        + "reached after 2 hand-overs sent parcels that were not read (Person/AP-B). The flows and arrests hold for "
        + "the 5 parcels read only: routes not read may still get parcels to the markets.");

    Plan one = plan(sources, markets, 1);
    assertThat(one.capped()).isTrue();
    assertThat(one.flowBefore()).isZero();
    assertThat(one.routesRead()).startsWith("Routes were followed for 1 hand-over (maxHops): all 2 people reached "
        + "after 1 hand-over sent parcels that were not read (Person/AP-A, Person/AP-C).");

    Plan three = plan(sources, markets, 3);
    assertThat(three.capped()).as("AP-X, reached after three hand-overs, sends nothing; AP-M1 is a market").isFalse();
    assertThat(three.routesRead()).isEqualTo("Every parcel route from the sources was read: 6 parcels sent by the "
        + "sources and on by everyone they reached, up to the markets.");
    assertThat(three.flowBefore()).isEqualTo(2);
    assertThat(three.minimumCut().size()).isEqualTo(2);
    assertThat(three.minimumCut().flowAfter()).isZero();
    assertThat(three.minimumCut().people()).allSatisfy(a -> assertThat(a.reason()).doesNotContain("routes read"));
    assertThat(plan(sources, markets, 4)).as("nothing more to read").isEqualTo(three);
  }

  @Test
  void aPlanStoppedAtItsLimitOfParcelsSaysSoAndClaimsNothingForTheRoutesItDidNotRead() {
    int limit = takedown.maxRouteParcels();
    // The supplier's parcels fill the limit exactly; the courier's parcel to the dealer is one more.
    aSupplierWithManyInnocentParcels(limit - 1);
    Plan plan = plan(List.of("Person/AP-S"), List.of("Person/AP-M"), 6);
    assertThat(plan.capped()).isTrue();
    assertThat(plan.flowBefore()).as("the parcel reaching the dealer was not read").isZero();
    assertThat(plan.minimumCut().flowAfter()).isZero();
    assertThat(plan.routesRead()).isEqualTo(String.format(Locale.ROOT, "Reading stopped at the limit of %,d parcels "
        + "(chainbreaker.takedown.max-route-parcels): 1 of the 2 people reached after 1 hand-over sent parcels that "
        + "were not read (Person/AP-A); no later hand-over was read. The flows and arrests hold for the %,d parcels "
        + "read only: routes not read may still get parcels to the markets.", limit, limit));
  }

  @Test
  void aPlanThatReadExactlyItsLimitOfParcelsIsNotCappedAndBreaksTheChain() {
    int limit = takedown.maxRouteParcels();
    aSupplierWithManyInnocentParcels(limit - 2);
    Plan plan = plan(List.of("Person/AP-S"), List.of("Person/AP-M"), 6);
    assertThat(plan.capped()).as("every parcel was read: the limit was reached, not exceeded").isFalse();
    assertThat(plan.routesRead()).startsWith(String.format(Locale.ROOT, "Every parcel route from the sources was "
        + "read: %,d parcels", limit));
    assertThat(plan.flowBefore()).isEqualTo(1);
    assertThat(plan.minimumCut().size()).isEqualTo(1);
    assertThat(plan.minimumCut().flowAfter()).isZero();
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
  void aRegionStandsForAllItsSuspectsNotOnlyTheFirst200() {
    crowdedSourceRegion(250);
    var response = plan(Map.of("sourceRegion", "AP-SRC", "marketRegion", "AP-MKT")).errors().verify();
    response.path("arrestPlan.sources").entityList(Object.class).hasSize(250);
    assertThat(response.path("arrestPlan.flowBefore").entity(Long.class).get())
        .as("the last supplier's parcel reaches the dealer").isEqualTo(1);
    ArrestSet cut = response.path("arrestPlan.minimumCut").entity(ArrestSet.class).get();
    assertThat(cut.size()).isEqualTo(1);
    assertThat(cut.flowAfter()).isZero();
  }

  @Test
  void aRegionWithMoreSuspectsThanOnePlanTakesIsRefusedWithTheirCount() {
    crowdedSourceRegion(ArrestPlanner.MAX_REGION_PEOPLE + 1);
    rejected(Map.of("sourceRegion", "AP-SRC", "marketRegion", "AP-MKT"), "input.sourceRegion",
        "holds " + (ArrestPlanner.MAX_REGION_PEOPLE + 1), "'AP-SRC'");
  }

  @Test
  void unknownPersonIdsAreLeftOut() {
    JsonNode gang = truth.gangs().get(0);
    List<String> sources = members(gang, "SOURCE");
    List<String> markets = members(gang, "RETAIL");
    var real = plan(Map.of("sourceIds", sources, "marketIds", markets)).errors().verify();
    List<String> withUnknown = new ArrayList<>(sources);
    withUnknown.add(0, "Person/NOBODY1");
    List<String> marketsWithUnknown = new ArrayList<>(markets);
    marketsWithUnknown.add("Person/NOBODY2");
    var mixed = plan(Map.of("sourceIds", withUnknown, "marketIds", marketsWithUnknown)).errors().verify();
    mixed.path("arrestPlan.sources[*].id").entityList(String.class).containsExactly(sources.toArray(String[]::new));
    assertThat(mixed.path("arrestPlan.flowBefore").entity(Long.class).get())
        .isEqualTo(real.path("arrestPlan.flowBefore").entity(Long.class).get()).isPositive();
    assertThat(mixed.path("arrestPlan.minimumCut").entity(ArrestSet.class).get())
        .isEqualTo(real.path("arrestPlan.minimumCut").entity(ArrestSet.class).get());

    var none = plan(Map.of("sourceIds", List.of("Person/NOBODY1"), "marketIds", markets)).errors().verify();
    none.path("arrestPlan.sources").entityList(Object.class).hasSize(0);
    none.path("arrestPlan.flowBefore").entity(Long.class).isEqualTo(0L);
  }

  @Test
  void aMarketRegionInsideTheSourceRegionGivesABoundedFlow() {
    // A gang that relays and sells in one city: its province as the source region holds the city's suspects too, so
    // they are sources and markets at once.
    String city = truth.gangs().stream().flatMap(g -> g.get("transitRegions").valueStream().map(JsonNode::asString)
            .filter(t -> g.get("marketRegions").valueStream().anyMatch(m -> m.asString().equals(t))))
        .findFirst().orElseThrow();
    String province = city.substring(0, 2) + "0000";
    var response = plan(Map.of("sourceRegion", province, "marketRegion", city)).errors().verify();
    long before = response.path("arrestPlan.flowBefore").entity(Long.class).get();
    long parcels = response.path("arrestPlan.network.nodes[?(@.label == 'Shipment')]").entityList(Object.class).get()
        .size();
    assertThat(before).as("each parcel counts at most at its two ends").isPositive().isLessThanOrEqualTo(2 * parcels);
    ArrestSet cut = response.path("arrestPlan.minimumCut").entity(ArrestSet.class).get();
    assertThat(cut.flowAfter()).isZero();
    assertThat(cut.people()).allSatisfy(a -> assertThat(a.parcelsCarried()).isPositive());
  }

  @Test
  void theSamePeopleAsSourcesAndMarketsGiveABoundedFlow() {
    List<String> everyone = truth.gangs().get(0).get("members").valueStream()
        .map(m -> "Person/" + m.get("personId").asString()).toList();
    var response = plan(Map.of("sourceIds", everyone, "marketIds", everyone, "budget", 1)).errors().verify();
    long before = response.path("arrestPlan.flowBefore").entity(Long.class).get();
    long parcels = response.path("arrestPlan.network.nodes[?(@.label == 'Shipment')]").entityList(Object.class).get()
        .size();
    assertThat(before).isPositive().isLessThanOrEqualTo(2 * parcels);
    ArrestSet one = response.path("arrestPlan.withinBudget").entity(ArrestSet.class).get();
    assertThat(one.flowAfter()).isLessThan(before);
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
