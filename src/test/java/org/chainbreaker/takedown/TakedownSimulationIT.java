package org.chainbreaker.takedown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
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

/** Takedown simulations over HTTP: on a hand-built network with a known answer, and on the planted demo network. */
@ChainbreakerTest
class TakedownSimulationIT {

  @LocalServerPort
  int port;
  @Autowired
  DemoProperties demo;
  @Autowired
  Driver driver;

  HttpGraphQlTester graphql;
  DemoTruth truth;

  record State(int persons, int components, int largestComponent, Long sourceToMarketParcels) {}

  @BeforeEach
  void connect() {
    graphql = GraphQlOverHttp.tester(port);
    truth = DemoTruth.read(demo.groundTruthFile());
  }

  @AfterEach
  void removeFixture() {
    driver.executableQuery("MATCH (n) WHERE n.uid STARTS WITH 'Person/KS-' OR n.uid STARTS WITH 'Address/KS-' "
        + "OR n.uid STARTS WITH 'Shipment/KS-' DETACH DELETE n").execute();
  }

  /** Two cells of three people, each cell at one address, joined only by a broker who sent each cell a parcel. */
  void twoCellsJoinedByOneBroker() {
    driver.executableQuery("""
        CREATE (a:Address:Entity {uid: 'Address/KS-A', id: 'KS-A', text: 'cell A'}),
               (b:Address:Entity {uid: 'Address/KS-B', id: 'KS-B', text: 'cell B'})
        WITH a, b
        UNWIND ['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'X'] AS name
        CREATE (p:Person:Entity {uid: 'Person/KS-' + name, id: 'KS-' + name, name: name, status: 'UNKNOWN'})
        WITH p, name, a, b
        FOREACH (_ IN CASE WHEN name STARTS WITH 'A' THEN [1] ELSE [] END | CREATE (p)-[:LIVES_AT]->(a))
        FOREACH (_ IN CASE WHEN name STARTS WITH 'B' THEN [1] ELSE [] END | CREATE (p)-[:LIVES_AT]->(b))
        WITH count(*) AS created
        MATCH (x:Person {uid: 'Person/KS-X'}), (a1:Person {uid: 'Person/KS-A1'}), (b1:Person {uid: 'Person/KS-B1'})
        CREATE (x)-[:SENT]->(:Shipment:Entity {uid: 'Shipment/KS-1', waybillNo: 'KS-1', sentAt: datetime()})
                  -[:ADDRESSED_TO]->(a1),
               (x)-[:SENT]->(:Shipment:Entity {uid: 'Shipment/KS-2', waybillNo: 'KS-2', sentAt: datetime()})
                  -[:ADDRESSED_TO]->(b1)
        """).execute();
  }

  /** A supplier KS-S whose parcel passes {@code handOvers} - 1 couriers, one hand-over each, to the dealer KS-M. */
  void aChainOf(int handOvers) {
    driver.executableQuery("""
        UNWIND range(0, $handOvers) AS i
        CREATE (:Person:Entity {uid: 'Person/KS-' + i, id: 'KS-' + i, name: 'link ' + i, status: 'UNKNOWN'})
        WITH count(*) AS created
        UNWIND range(1, $handOvers) AS i
        MATCH (a:Entity {uid: 'Person/KS-' + (i - 1)}), (b:Entity {uid: 'Person/KS-' + i})
        CREATE (a)-[:SENT]->(:Shipment:Entity {uid: 'Shipment/KS-C' + i, waybillNo: 'KS-C' + i, sentAt: datetime()})
                  -[:ADDRESSED_TO]->(b)
        """).withParameters(Map.of("handOvers", handOvers)).execute();
  }

  GraphQlTester.Response simulate(Map<String, Object> input) {
    return graphql.documentName("takedown-simulation").variable("input", input).execute();
  }

  static List<String> members(JsonNode gang, String field, String value) {
    return gang.get("members").valueStream().filter(m -> m.get(field).asString().equals(value))
        .map(m -> "Person/" + m.get("personId").asString()).toList();
  }

  @Test
  void arrestingTheBrokerSplitsTheNetworkInTwo() {
    twoCellsJoinedByOneBroker();
    List<String> everyone = List.of("A1", "A2", "A3", "B1", "B2", "B3", "X").stream().map(n -> "Person/KS-" + n)
        .toList();
    var response = simulate(Map.of("remove", List.of("Person/KS-X"), "personIds", everyone)).errors().verify();
    State before = response.path("takedownSimulation.before").entity(State.class).get();
    State after = response.path("takedownSimulation.after").entity(State.class).get();
    assertThat(before).as("one network of seven").isEqualTo(new State(7, 1, 7, null));
    assertThat(after).as("two cells of three").isEqualTo(new State(6, 2, 3, null));
    response.path("takedownSimulation.routesCapped").valueIsNull();
  }

  @Test
  void arrestingTheMinimumCutStopsEveryParcelFromSourceToMarket() {
    JsonNode gang = truth.gangs().get(0);
    List<String> sources = members(gang, "stage", "SOURCE");
    List<String> markets = members(gang, "stage", "RETAIL");
    List<String> cut = graphql.documentName("arrest-plan")
        .variable("input", Map.of("sourceIds", sources, "marketIds", markets)).execute().errors().verify()
        .path("arrestPlan.minimumCut.people[*].person.id").entityList(String.class).get();
    var response = simulate(Map.of("remove", cut, "gangId", gang.get("gangId").asString(), "sourceIds", sources,
        "marketIds", markets)).errors().verify();
    State before = response.path("takedownSimulation.before").entity(State.class).get();
    State after = response.path("takedownSimulation.after").entity(State.class).get();
    assertThat(before.sourceToMarketParcels()).isPositive();
    assertThat(after.sourceToMarketParcels()).isZero();
    assertThat(after.persons()).isEqualTo(before.persons() - cut.size());
    response.path("takedownSimulation.gangs[?(@.gang.id == '" + gang.get("gangId").asString() + "')].membersAfter")
        .entityList(Integer.class).satisfies(left -> assertThat(left).hasSize(1));
  }

  @Test
  void theParcelsFromSourceToMarketSayWhenTheyWereCountedOnPartOfTheRoutes() {
    aChainOf(TakedownSimulator.MAX_HOPS + 1);
    List<String> everyone = IntStream.rangeClosed(0, TakedownSimulator.MAX_HOPS + 1).mapToObj(i -> "Person/KS-" + i)
        .toList();
    var tooLong = simulate(Map.of("remove", List.of("Person/KS-1"), "personIds", everyone,
        "sourceIds", List.of(everyone.get(0)), "marketIds", List.of(everyone.get(everyone.size() - 1))))
        .errors().verify();
    tooLong.path("takedownSimulation.routesCapped").entity(Boolean.class).isEqualTo(true);
    tooLong.path("takedownSimulation.routesRead").entity(String.class).satisfies(text -> assertThat(text)
        .startsWith("Routes were followed for 6 hand-overs (the most a simulation follows): the one person reached after 6 hand-overs "
            + "sent parcels that were not read (Person/KS-6)."));
    assertThat(tooLong.path("takedownSimulation.before").entity(State.class).get().sourceToMarketParcels())
        .as("the dealer is one hand-over further").isZero();

    List<String> shorter = everyone.subList(0, everyone.size() - 1);
    var read = simulate(Map.of("remove", List.of("Person/KS-1"), "personIds", shorter,
        "sourceIds", List.of(shorter.get(0)), "marketIds", List.of(shorter.get(shorter.size() - 1))))
        .errors().verify();
    read.path("takedownSimulation.routesCapped").entity(Boolean.class).isEqualTo(false);
    assertThat(read.path("takedownSimulation.before").entity(State.class).get().sourceToMarketParcels()).isEqualTo(1);
    assertThat(read.path("takedownSimulation.after").entity(State.class).get().sourceToMarketParcels()).isZero();
  }

  @Test
  void anotherCourierOfTheGangIsTheLikelySuccessorOfAnArrestedCourier() {
    JsonNode gang = truth.gangs().get(0);
    List<String> couriers = members(gang, "role", "COURIER");
    List<String> knownCouriers = gang.get("members").valueStream()
        .filter(m -> m.get("role").asString().equals("COURIER") && m.get("known").asBoolean())
        .map(m -> "Person/" + m.get("personId").asString()).toList();
    String arrested = knownCouriers.get(0);
    var response = simulate(Map.of("remove", List.of(arrested), "gangId", gang.get("gangId").asString()))
        .errors().verify();
    response.path("takedownSimulation.successors[0].removed.id").entity(String.class).isEqualTo(arrested);
    response.path("takedownSimulation.successors[0].role").entity(String.class).isEqualTo("COURIER");
    List<String> candidates = response.path("takedownSimulation.successors[0].candidates[*].person.id")
        .entityList(String.class).get();
    assertThat(candidates).as("likely successors of courier %s", arrested).isNotEmpty()
        .anySatisfy(c -> assertThat(c).isIn(couriers));
  }

  @Test
  void unknownIdsInRemoveAreLeftOutAndDoNotCountAsPeople() {
    JsonNode gang = truth.gangs().get(0);
    String gangId = gang.get("gangId").asString();
    String member = gang.get("members").valueStream().filter(m -> m.get("known").asBoolean())
        .map(m -> "Person/" + m.get("personId").asString()).findFirst().orElseThrow();
    State scope = simulate(Map.of("remove", List.of(member), "gangId", gangId)).errors().verify()
        .path("takedownSimulation.before").entity(State.class).get();
    var response = simulate(Map.of("remove", List.of("Person/NOPE"), "gangId", gangId)).errors().verify();
    State before = response.path("takedownSimulation.before").entity(State.class).get();
    assertThat(before).as("the gang's scope, with no one added for an unknown id").isEqualTo(scope);
    assertThat(response.path("takedownSimulation.after").entity(State.class).get()).as("nobody arrested")
        .isEqualTo(before);
    response.path("takedownSimulation.removed").entityList(Object.class).hasSize(0);
    response.path("takedownSimulation.successors").entityList(Object.class).hasSize(0);
  }

  @Test
  void someoneArrestedOutsideTheScopeIsAddedToIt() {
    twoCellsJoinedByOneBroker();
    List<String> cellA = List.of("Person/KS-A1", "Person/KS-A2", "Person/KS-A3");
    State before = simulate(Map.of("remove", List.of("Person/KS-X"), "personIds", cellA)).errors().verify()
        .path("takedownSimulation.before").entity(State.class).get();
    assertThat(before).as("cell A and the broker who sent it a parcel").isEqualTo(new State(4, 1, 4, null));
  }

  @Test
  void theSamePeopleAsSourcesAndMarketsGiveABoundedFlow() {
    JsonNode gang = truth.gangs().get(0);
    List<String> everyone = gang.get("members").valueStream().map(m -> "Person/" + m.get("personId").asString())
        .toList();
    List<String> cut = graphql.documentName("arrest-plan")
        .variable("input", Map.of("sourceIds", everyone, "marketIds", everyone)).execute().errors().verify()
        .path("arrestPlan.minimumCut.people[*].person.id").entityList(String.class).get();
    var response = simulate(Map.of("remove", cut, "gangId", gang.get("gangId").asString(), "sourceIds", everyone,
        "marketIds", everyone)).errors().verify();
    long parcels = driver.executableQuery("MATCH (a:Person)-[:SENT]->(s:Shipment)-[:ADDRESSED_TO]->(b:Person) "
        + "WHERE a.uid IN $people OR b.uid IN $people RETURN count(DISTINCT s) AS n")
        .withParameters(Map.of("people", everyone)).execute().records().get(0).get("n").asLong();
    State before = response.path("takedownSimulation.before").entity(State.class).get();
    assertThat(before.sourceToMarketParcels()).as("each parcel counts at most at its two ends (those in the gang)")
        .isPositive()
        .isLessThanOrEqualTo(2 * parcels);
    assertThat(response.path("takedownSimulation.after").entity(State.class).get().sourceToMarketParcels()).isZero();
  }

  @Test
  void badInputNamesTheArgument() {
    simulate(Map.of("remove", List.of("Person/P005001"))).errors()
        .expect(e -> e.getMessage().contains("'input'") && e.getMessage().contains("exactly one scope")
            && !e.getMessage().contains("wholeGraph")).verify();
    simulate(Map.of("remove", List.of(), "gangId", "G001")).errors()
        .expect(e -> e.getMessage().contains("'input.remove'")).verify();
    simulate(Map.of("remove", List.of("Person/P005001"), "gangId", "G999")).errors()
        .expect(e -> e.getMessage().contains("'input.gangId'") && e.getMessage().contains("G999")).verify();
  }
}
