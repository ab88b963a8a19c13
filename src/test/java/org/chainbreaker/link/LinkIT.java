package org.chainbreaker.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.chainbreaker.demo.DemoProperties;
import org.chainbreaker.graph.EmbeddedNeo4j;
import org.chainbreaker.testing.ChainbreakerTest;
import org.chainbreaker.testing.DemoTruth;
import org.chainbreaker.testing.GraphQlOverHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.kernel.impl.transaction.stats.TransactionCounters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.JsonNode;

/**
 * Every link-analysis operation of graphql/operations/ over real HTTP against the demo network, checked against
 * what the generator planted (its ground-truth file).
 */
@ChainbreakerTest
class LinkIT {

  @LocalServerPort
  int port;
  @Autowired
  DemoProperties demo;
  @Autowired
  EmbeddedNeo4j embedded;

  HttpGraphQlTester graphql;
  DemoTruth truth;

  @BeforeEach
  void connect() {
    graphql = GraphQlOverHttp.tester(port);
    truth = DemoTruth.read(demo.groundTruthFile());
  }

  /** Counts by key from a query run straight on the database: the test's own answer to compare the service's with. */
  Map<String, Integer> countsByKey(String cypher, Map<String, Object> parameters) {
    try (Driver client = GraphDatabase.driver(embedded.boltUri(), AuthTokens.none())) {
      Map<String, Integer> counts = new HashMap<>();
      client.executableQuery(cypher).withParameters(parameters).execute().records()
          .forEach(r -> counts.put(r.get("key").asString(), r.get("n").asInt()));
      return counts;
    }
  }

  /** Every node of a connection (e.g. "regionLinks"), following its cursors page by page. */
  List<Map<String, Object>> allNodes(String document, Map<String, Object> variables, String connection) {
    return allNodes(document, variables, connection, "after");
  }

  /** Every node of a connection whose cursor goes in the variable {@code afterVariable} (e.g. "chainsAfter"). */
  List<Map<String, Object>> allNodes(String document, Map<String, Object> variables, String connection,
      String afterVariable) {
    List<Map<String, Object>> nodes = new ArrayList<>();
    String after = null;
    do {
      Map<String, Object> pageVariables = new HashMap<>(variables);
      if (after != null) {
        pageVariables.put(afterVariable, after);
      }
      var page = graphql.documentName(document).variables(pageVariables).execute().errors().verify();
      nodes.addAll(page.path(connection + ".edges[*].node")
          .entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {}).get());
      after = page.path(connection + ".pageInfo.hasNextPage").entity(Boolean.class).get()
          ? page.path(connection + ".pageInfo.endCursor").entity(String.class).get() : null;
    } while (after != null);
    return nodes;
  }

  /**
   * Where a shipment (or a resident's address) lies at a level, walked up the region hierarchy from the address as
   * the analyses did before the codes were kept on shipments and addresses (schema/V009__region_codes).
   */
  static final String WALK_UP = "-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->";

  record NodeView(String id, String label, String caption) {}

  record EdgeView(String id, String type, String source, String target) {}

  record PathView(int hops, List<NodeView> nodes, List<EdgeView> edges) {}

  record SubgraphView(List<NodeView> nodes, List<EdgeView> edges) {}

  record RegionView(String code, String name, String level) {}

  JsonNode gang(String gangId) {
    return truth.gangs().stream().filter(g -> g.get("gangId").asString().equals(gangId)).findFirst().orElseThrow();
  }

  /** Person ids of a planted gang's members with the given role (or stage). */
  List<String> members(JsonNode gang, String field, String value) {
    return gang.get("members").valueStream().filter(m -> m.get(field).asString().equals(value))
        .map(m -> "Person/" + m.get("personId").asString()).toList();
  }

  /** The courier of a planted gang with the most events on record (not every courier carried a consignment). */
  String busiestCourier(String gangId) {
    String busiest = null;
    int most = -1;
    for (String courier : members(gang(gangId), "role", "COURIER")) {
      List<String> kinds = graphql.documentName("timeline").variable("id", courier).variable("first", 100).execute()
          .errors().verify().path("timeline.edges[*].node.kind").entityList(String.class).get();
      if (kinds.contains("SHIPMENT_SENT") && kinds.size() > most) {
        busiest = courier;
        most = kinds.size();
      }
    }
    assertThat(busiest).as("a courier of %s who sent parcels", gangId).isNotNull();
    return busiest;
  }

  Set<String> allMembers(JsonNode gang) {
    Set<String> ids = new HashSet<>();
    gang.get("members").valueStream().forEach(m -> ids.add("Person/" + m.get("personId").asString()));
    return ids;
  }

  List<PathView> paths(Map<String, Object> input) {
    return graphql.documentName("paths").variable("input", input).execute().errors().verify()
        .path("paths").entityList(PathView.class).get();
  }

  static void assertConnected(PathView path) {
    assertThat(path.edges()).hasSize(path.hops());
    assertThat(path.nodes()).hasSize(path.hops() + 1);
    for (int i = 0; i < path.hops(); i++) {
      EdgeView edge = path.edges().get(i);
      assertThat(Set.of(edge.source(), edge.target())).as("edge %d joins nodes %d and %d", i, i, i + 1)
          .containsExactlyInAnyOrder(path.nodes().get(i).id(), path.nodes().get(i + 1).id());
    }
  }

  @Nested
  class Neighbourhood {

    SubgraphView subgraph(GraphQlTester.Traversable response) {
      return response.path("neighbourhood.subgraph").entity(SubgraphView.class).get();
    }

    @Test
    void directLinksOfACourierComeBackAsOneDrawableSubgraph() {
      String courier = busiestCourier("G001");
      var response = graphql.documentName("neighbourhood")
          .variable("input", Map.of("ids", List.of(courier), "maxHops", 1, "limit", 2000)).execute();
      response.errors().verify().path("neighbourhood.capped").entity(Boolean.class).isEqualTo(false);
      SubgraphView subgraph = subgraph(response);
      assertThat(subgraph.nodes().get(0).id()).as("start node first").isEqualTo(courier);
      assertThat(subgraph.nodes()).extracting(NodeView::label).contains("Phone", "Shipment", "Address");
      Set<String> ids = new HashSet<>();
      subgraph.nodes().forEach(n -> assertThat(ids.add(n.id())).as("node ids are unique").isTrue());
      assertThat(subgraph.edges()).isNotEmpty()
          .allSatisfy(edge -> assertThat(ids).as("edges join returned nodes").contains(edge.source(), edge.target()));
      Set<String> linkedToStart = new HashSet<>();
      subgraph.edges().stream().filter(e -> e.source().equals(courier) || e.target().equals(courier))
          .forEach(e -> linkedToStart.addAll(List.of(e.source(), e.target())));
      assertThat(ids).as("one hop: every node is the start or linked to it").isEqualTo(linkedToStart);
    }

    @Test
    void nodeLimitCutsTheAnswerAndSaysSo() {
      String courier = busiestCourier("G001");
      var response = graphql.documentName("neighbourhood")
          .variable("input", Map.of("ids", List.of(courier), "maxHops", 2, "limit", 10)).execute();
      response.errors().verify().path("neighbourhood.capped").entity(Boolean.class).isEqualTo(true);
      assertThat(subgraph(response).nodes()).hasSize(10);
    }

    @Test
    void relationshipTypeAndLabelFiltersNarrowTheExpansion() {
      String courier = busiestCourier("G001");
      var response = graphql.documentName("neighbourhood").variable("input", Map.of("ids", List.of(courier),
          "maxHops", 2, "relationshipTypes", List.of("USES"), "labels", List.of("Phone", "Person"))).execute();
      SubgraphView subgraph = subgraph(response.errors().verify());
      assertThat(subgraph.nodes()).hasSizeGreaterThan(1).extracting(NodeView::label).containsOnly("Person", "Phone");
      assertThat(subgraph.edges()).extracting(EdgeView::type).containsOnly("USES");
    }

    @Test
    void unknownEntityGivesAnEmptySubgraphNotAnError() {
      var response = graphql.documentName("neighbourhood")
          .variable("input", Map.of("ids", List.of("Person/NOBODY"))).execute();
      assertThat(subgraph(response.errors().verify()).nodes()).isEmpty();
    }
  }

  @Nested
  class Paths {

    @Test
    void parcelPathFromTheSourceToAWholesalerPassesThroughTheGangsCourier() {
      Set<String> drugWaybills = new HashSet<>(truth.drugShipments().stream().map(w -> "Shipment/" + w).toList());
      for (JsonNode gang : truth.gangs()) {
        List<String> couriers = members(gang, "role", "COURIER");
        List<PathView> found = new ArrayList<>();
        for (String source : members(gang, "stage", "SOURCE")) {
          for (String wholesaler : members(gang, "role", "WHOLESALER")) {
            found.addAll(paths(Map.of("source", source, "target", wholesaler, "maxHops", 4,
                "relationshipTypes", List.of("SENT", "ADDRESSED_TO"))));
          }
        }
        assertThat(found).as("gang %s: some source reaches a wholesaler by parcel", gang.get("gangId").asString())
            .isNotEmpty();
        assertThat(found).allSatisfy(path -> {
          assertConnected(path);
          assertThat(path.hops()).isEqualTo(4);
          assertThat(path.nodes().get(2).id()).as("the middle person is a courier of the gang").isIn(couriers);
          assertThat(List.of(path.nodes().get(1).id(), path.nodes().get(3).id()))
              .as("both parcels carry drugs").allSatisfy(id -> assertThat(drugWaybills).contains(id));
        });
      }
    }

    @Test
    void kShortestPathsComeShortestFirstAndEachJoinsTheTwoEnds() {
      JsonNode gang = gang("G001");
      String leader = members(gang, "role", "LEADER").get(0);
      String courier = members(gang, "role", "COURIER").get(0);
      List<PathView> paths = paths(Map.of("source", leader, "target", courier, "k", 3));
      assertThat(paths).hasSize(3);
      assertThat(paths).extracting(PathView::hops).isSorted();
      assertThat(paths).allSatisfy(path -> {
        assertConnected(path);
        assertThat(path.nodes().get(0).id()).isEqualTo(leader);
        assertThat(path.nodes().get(path.hops()).id()).isEqualTo(courier);
      });
      assertThat(paths).extracting(p -> p.edges().stream().map(EdgeView::id).toList()).doesNotHaveDuplicates();
    }

    @Test
    void aShipmentAskedAboutIsOnItsPathsWhateverTheWindowFromEitherEnd() {
      String[] ends = countsByKey("MATCH (p:Person)-[:SENT]->(s:Shipment) "
          + "WHERE s.sentAt < datetime('2026-05-01T00:00Z') RETURN p.uid + ' ' + s.uid AS key, 1 AS n "
          + "ORDER BY key LIMIT 1", Map.of()).keySet().iterator().next().split(" ");
      Map<String, Object> window = Map.of("since", "2026-06-01T00:00Z");
      List<PathView> forward = paths(Map.of("source", ends[0], "target", ends[1], "maxHops", 1, "window", window));
      List<PathView> backward = paths(Map.of("source", ends[1], "target", ends[0], "maxHops", 1, "window", window));
      assertThat(forward).as("person to the shipment it sent before the window").hasSize(1);
      assertThat(backward).as("the same, asked the other way round").hasSize(1);
      assertThat(forward.get(0).nodes()).extracting(NodeView::id).containsExactly(ends[0], ends[1]);
      assertThat(backward.get(0).nodes()).extracting(NodeView::id).containsExactly(ends[1], ends[0]);
    }

    @Test
    void maxHopsAndTimeWindowBoundThePaths() {
      JsonNode gang = gang("G001");
      String source = members(gang, "stage", "SOURCE").get(0);
      String wholesaler = members(gang, "role", "WHOLESALER").get(0);
      assertThat(paths(Map.of("source", source, "target", wholesaler, "maxHops", 1))).isEmpty();
      assertThat(paths(Map.of("source", source, "target", wholesaler, "maxHops", 6,
          "relationshipTypes", List.of("SENT", "ADDRESSED_TO"), "window", Map.of("until", "2000-01-01"))))
          .as("no parcel was sent before 2000").isEmpty();
    }
  }

  @Nested
  class CommonConnections {

    @Test
    void twoRecordsOfOneCourierShareTheBurnerPhoneAndTheAddress() {
      JsonNode alias = truth.root().get("aliases").get(0);
      String a = "Person/" + alias.get("personId").asString();
      String b = "Person/" + alias.get("aliasPersonId").asString();
      List<Map<String, Object>> shared = graphql.documentName("common-connections")
          .variable("ids", List.of(a, b)).execute().errors().verify()
          .path("commonConnections.edges[*].node")
          .entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {}).get();
      Map<String, Set<String>> viaByLabel = new HashMap<>();
      for (Map<String, Object> connection : shared) {
        String label = String.valueOf(((Map<?, ?>) connection.get("node")).get("label"));
        for (Object link : (List<?>) connection.get("links")) {
          viaByLabel.computeIfAbsent(label, k -> new HashSet<>()).add(((Map<?, ?>) link).get("from") + "");
        }
      }
      assertThat(viaByLabel.get("Phone")).as("the shared burner phone, reached from both").containsOnly(a, b);
      assertThat(viaByLabel.get("Address")).as("the shared address, reached from both").containsOnly(a, b);
    }

    @Test
    void anIdGivenTwiceCountsOnce() throws Exception {
      JsonNode alias = truth.root().get("aliases").get(0);
      String a = "Person/" + alias.get("personId").asString();
      String b = "Person/" + alias.get("aliasPersonId").asString();
      List<Object> once = graphql.documentName("common-connections").variable("ids", List.of(a, b)).execute()
          .errors().verify().path("commonConnections.edges[*].node").entityList(Object.class).get();
      assertThat(once).isNotEmpty();
      graphql.documentName("common-connections").variable("ids", List.of(a, b, b)).execute().errors().verify()
          .path("commonConnections.edges[*].node").entityList(Object.class).isEqualTo(once);
      graphql.documentName("common-connections").variable("ids", List.of(a, a)).execute().errors()
          .expect(e -> e.getMessage().contains("'ids'") && e.getMessage().contains("two different")).verify();
      // the script run by an analyst, without the service in front
      String script = Files.readString(Path.of("cypher/analysis/common-connections.cypher"));
      try (Driver client = GraphDatabase.driver(embedded.boltUri(), AuthTokens.none())) {
        Map<String, Object> twice = new HashMap<>(Map.of("ids", List.of(a, b, b)));
        twice.put("skip", null);
        twice.put("limit", null);
        assertThat(client.executableQuery(script).withParameters(twice).execute().records()).hasSize(once.size());
      }
    }

    @Test
    void sharedEntitiesArePagedWithoutGapsOrRepeats() {
      JsonNode alias = truth.root().get("aliases").get(0);
      List<String> ids = List.of("Person/" + alias.get("personId").asString(),
          "Person/" + alias.get("aliasPersonId").asString());
      List<Object> whole = graphql.documentName("common-connections").variable("ids", ids).execute().errors().verify()
          .path("commonConnections.edges[*].node").entityList(Object.class).get();
      assertThat(whole).as("the burner phone and the address at least").hasSizeGreaterThanOrEqualTo(2);
      List<Object> paged = new ArrayList<>();
      String after = null;
      for (int page = 0; page <= whole.size(); page++) {
        Map<String, Object> variables = new HashMap<>(Map.of("ids", ids, "first", 1));
        if (after != null) {
          variables.put("after", after);
        }
        var response = graphql.documentName("common-connections").variables(variables).execute().errors().verify();
        paged.addAll(response.path("commonConnections.edges[*].node").entityList(Object.class).hasSize(1).get());
        if (!response.path("commonConnections.pageInfo.hasNextPage").entity(Boolean.class).get()) {
          break;
        }
        after = response.path("commonConnections.pageInfo.endCursor").entity(String.class).get();
      }
      assertThat(paged).containsExactlyElementsOf(whole);
    }

    @Test
    void fewerThanTwoIdsIsAnErrorNamingTheArgument() {
      graphql.documentName("common-connections").variable("ids", List.of("Person/P000001")).execute().errors()
          .expect(e -> e.getMessage().contains("'ids'") && "ids".equals(e.getExtensions().get("argument")))
          .verify();
    }
  }

  @Nested
  class CrossRegion {

    GraphQlTester.Traversable crossRegion(Map<String, Object> input, int first, String after) {
      Map<String, Object> variables = new HashMap<>(Map.of("input", input, "first", first));
      if (after != null) {
        variables.put("after", after);
      }
      return graphql.documentName("cross-region-links").variables(variables).execute().errors().verify();
    }

    @Test
    void relayChainsLeadFromTheSourceRegionToAMarketThroughTheGangsCouriers() {
      for (String gangId : List.of("G001", "G002", "G003")) {
        JsonNode gang = gang(gangId);
        Set<String> members = allMembers(gang);
        List<String> couriers = members(gang, "role", "COURIER");
        List<PathView> chains = new ArrayList<>();
        for (JsonNode market : gang.get("marketRegions")) {
          chains.addAll(crossRegion(Map.of("regionA", gang.get("sourceRegion").asString(),
              "regionB", market.asString()), 1, null).path("crossRegionLinks.chains.edges[*].node")
              .entityList(PathView.class).get());
        }
        assertThat(chains).as("gang %s: chains from its source to its markets", gangId).isNotEmpty();
        assertThat(chains).anySatisfy(chain -> {
          assertConnected(chain);
          assertThat(chain.nodes().get(0).id()).as("starts with a member of the gang").isIn(members);
          assertThat(chain.nodes().get(2).id()).as("relayed by one of its couriers").isIn(couriers);
          assertThat(chain.nodes().get(chain.hops()).id()).as("ends with a member of the gang").isIn(members);
        });
      }
    }

    @Test
    void chainsInAWindowAreThoseWhoseEveryShipmentWasSentInIt() {
      JsonNode gang = gang("G001");
      String since = "2026-07-01T00:00Z";
      List<PathView> all = new ArrayList<>();
      List<PathView> windowed = new ArrayList<>();
      for (JsonNode market : gang.get("marketRegions")) {
        Map<String, Object> input = new HashMap<>(Map.of("regionA", gang.get("sourceRegion").asString(),
            "regionB", market.asString()));
        all.addAll(page(input, "chains", 100, null).path("crossRegionLinks.chains.edges[*].node")
            .entityList(PathView.class).get());
        input.put("window", Map.of("since", since));
        windowed.addAll(page(input, "chains", 100, null).path("crossRegionLinks.chains.edges[*].node")
            .entityList(PathView.class).get());
      }
      Map<String, Integer> inWindow = countsByKey("MATCH (s:Shipment) RETURN s.uid AS key, "
          + "CASE WHEN s.sentAt >= datetime($since) THEN 1 ELSE 0 END AS n", Map.of("since", since));
      java.util.function.Predicate<PathView> allSentInWindow = chain -> chain.nodes().stream()
          .filter(n -> n.id().startsWith("Shipment/")).allMatch(n -> inWindow.get(n.id()) == 1);
      assertThat(all).as("some chains start before %s", since).anyMatch(allSentInWindow.negate());
      assertThat(windowed).isNotEmpty().allMatch(allSentInWindow).isSubsetOf(all)
          .containsExactlyInAnyOrderElementsOf(all.stream().filter(allSentInWindow).toList());
    }

    @Test
    void gangsSpanningBothRegionsHaveMembersOnEachSide() {
      JsonNode gang = gang("G001");
      List<Map<String, Object>> spans = new ArrayList<>();
      for (JsonNode market : gang.get("marketRegions")) {
        spans.addAll(crossRegion(Map.of("regionA", gang.get("sourceRegion").asString(), "regionB", market.asString()),
            1, null).path("crossRegionLinks.gangs.edges[*].node")
            .entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {}).get());
      }
      assertThat(spans).isNotEmpty().allSatisfy(span -> {
        assertThat((Integer) span.get("membersInA")).isPositive();
        assertThat((Integer) span.get("membersInB")).isPositive();
      });
      assertThat(spans).extracting(span -> String.valueOf(((Map<?, ?>) span.get("gang")).get("id"))).contains("G001");
    }

    @Test
    void shipmentsBetweenTwoProvincesArePagedWithoutGapsOrRepeats() {
      Map<String, Object> input = Map.of("regionA", "440000", "regionB", "510000");
      var whole = crossRegion(input, 10, null).path("crossRegionLinks.shipments.edges[*].node.shipment.id")
          .entityList(String.class).hasSize(10).get();
      var first = crossRegion(input, 5, null);
      String cursor = first.path("crossRegionLinks.shipments.pageInfo.endCursor").entity(String.class).get();
      first.path("crossRegionLinks.shipments.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
      List<String> pages = new ArrayList<>(first.path("crossRegionLinks.shipments.edges[*].node.shipment.id")
          .entityList(String.class).get());
      pages.addAll(crossRegion(input, 5, cursor).path("crossRegionLinks.shipments.edges[*].node.shipment.id")
          .entityList(String.class).get());
      assertThat(pages).containsExactlyElementsOf(whole);
      crossRegion(input, 10, null).path("crossRegionLinks.shipments.edges[*].node.direction")
          .entityList(String.class).satisfies(directions -> assertThat(directions).isSubsetOf("A_TO_B", "B_TO_A"));
    }

    @Test
    void chainsAndGangsBetweenTwoProvincesArePagedWithoutGapsOrRepeats() {
      Map<String, Object> input = Map.of("regionA", "530000", "regionB", "440000");
      for (String list : List.of("chains", "gangs")) {
        List<Object> whole = page(input, list, 12, null).path("crossRegionLinks." + list + ".edges[*].node")
            .entityList(Object.class).get();
        assertThat(whole).as("%s between Yunnan and Guangdong: enough for two pages", list).hasSizeGreaterThan(2);
        List<Object> paged = new ArrayList<>();
        String after = null;
        while (paged.size() < whole.size()) {
          var response = page(input, list, 2, after);
          paged.addAll(response.path("crossRegionLinks." + list + ".edges[*].node").entityList(Object.class).get());
          boolean more = response.path("crossRegionLinks." + list + ".pageInfo.hasNextPage").entity(Boolean.class).get();
          if (!more) {
            break;
          }
          after = response.path("crossRegionLinks." + list + ".pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(paged).as(list).containsExactlyElementsOf(whole);
      }
    }

    /** One page of the chains or the gangs of the cross-region answer. */
    GraphQlTester.Traversable page(Map<String, Object> input, String list, int size, String after) {
      Map<String, Object> variables = new HashMap<>(Map.of("input", input, "first", 1, list + "First", size));
      if (after != null) {
        variables.put(list + "After", after);
      }
      return graphql.documentName("cross-region-links").variables(variables).execute().errors().verify();
    }

    /** Two regions and an optional start of the window: the service's input, and the test query's parameters. */
    record RegionPair(String a, String b, String since) {

      Map<String, Object> input() {
        Map<String, Object> input = new HashMap<>(Map.of("regionA", a, "regionB", b));
        if (since != null) {
          input.put("window", Map.of("since", since));
        }
        return input;
      }

      Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>(Map.of("a", a, "b", b));
        parameters.put("since", since);
        return parameters;
      }
    }

    @Test
    void shipmentsMatchTheAddressesWalkedUpTheHierarchyAtEveryLevelEachListedOnce() {
      // provinces, a prefecture and a province, a county inside its prefecture (overlap: each shipment once), a
      // foreign country and a province, a foreign state and a province; some in a window (a country on one side
      // walks all its shipments for every page: China itself would cost a minute here)
      List<RegionPair> pairs = List.of(new RegionPair("440000", "510000", "2026-07-01T00:00Z"),
          new RegionPair("533100", "440000", null), new RegionPair("533102", "533100", null),
          new RegionPair("MM", "530000", null), new RegionPair("MM-17", "530000", "2026-07-01T00:00Z"));
      for (RegionPair pair : pairs) {
        List<String> service = allNodes("cross-region-links", Map.of("input", pair.input(), "first", 100),
            "crossRegionLinks.shipments").stream().map(edge -> id(edge, "shipment") + " " + edge.get("direction"))
            .toList();
        Map<String, Integer> walked = countsByKey("MATCH (origin:Address)<-[:FROM_ADDRESS]-(s:Shipment)"
            + "-[:TO_ADDRESS]->(destination:Address) WHERE $since IS NULL OR s.sentAt >= datetime($since) "
            + "WITH s, EXISTS { (origin)" + WALK_UP + "(:Region {code: $a}) } AS fromA, "
            + "EXISTS { (destination)" + WALK_UP + "(:Region {code: $b}) } AS toB, "
            + "EXISTS { (origin)" + WALK_UP + "(:Region {code: $b}) } AS fromB, "
            + "EXISTS { (destination)" + WALK_UP + "(:Region {code: $a}) } AS toA "
            + "WHERE (fromA AND toB) OR (fromB AND toA) "
            + "RETURN s.uid + CASE WHEN fromA AND toB THEN ' A_TO_B' ELSE ' B_TO_A' END AS key, 1 AS n",
            pair.parameters());
        assertThat(service).as("%s", pair).isNotEmpty()
            .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(walked.keySet());
      }
    }

    @Test
    void chainsMatchTheAddressesWalkedUpTheHierarchyAtEveryLevelShortestAndNewestFirst() {
      // a foreign state and a prefecture, a prefecture and a province, two provinces in a window, a county and a
      // prefecture, a foreign country and a province
      List<RegionPair> pairs = List.of(new RegionPair("MM-17", "440100", null),
          new RegionPair("533100", "440000", null), new RegionPair("530000", "440000", "2026-09-01T00:00Z"),
          new RegionPair("533102", "440300", null), new RegionPair("LA", "420000", null));
      Map<String, Integer> sent = countsByKey(
          "MATCH (s:Shipment) RETURN s.uid AS key, toInteger(s.sentAt.epochSeconds) AS n", Map.of());
      for (RegionPair pair : pairs) {
        List<List<String>> service = allNodes("cross-region-links", Map.of("input", pair.input(), "first", 1,
            "chainsFirst", 100), "crossRegionLinks.chains", "chainsAfter").stream()
            .map(chain -> ((List<?>) chain.get("nodes")).stream().map(n -> String.valueOf(((Map<?, ?>) n).get("id")))
                .toList())
            .toList();
        Map<String, Integer> walked = countsByKey("MATCH (s1:Shipment)-[:FROM_ADDRESS]->(:Address)" + WALK_UP
            + "(:Region {code: $a}) WHERE $since IS NULL OR s1.sentAt >= datetime($since) WITH DISTINCT s1 "
            + "MATCH (start:Person)-[:SENT]->(s1)-[:ADDRESSED_TO]->(relay:Person)-[:SENT]->(s2:Shipment) "
            + "WHERE s1.sentAt < s2.sentAt <= s1.sentAt + duration({days: 30}) "
            + "WITH start, s1, relay, s2, "
            + "EXISTS { (s2)-[:TO_ADDRESS]->(:Address)" + WALK_UP + "(:Region {code: $b}) } AS endsInB "
            + "CALL (start, s1, relay, s2, endsInB) { "
            + "  WITH start, s1, relay, s2 WHERE endsInB MATCH (s2)-[:ADDRESSED_TO]->(end:Person) "
            + "  RETURN [start, s1, relay, s2, end] AS chain "
            + "  UNION "
            + "  WITH start, s1, relay, s2 WHERE NOT endsInB "
            + "  MATCH (s2)-[:ADDRESSED_TO]->(relay2:Person)-[:SENT]->(s3:Shipment)-[:ADDRESSED_TO]->(end:Person) "
            + "  WHERE relay2 <> relay AND end <> relay AND s2.sentAt < s3.sentAt <= s2.sentAt + duration({days: 30}) "
            + "    AND EXISTS { (s3)-[:TO_ADDRESS]->(:Address)" + WALK_UP + "(:Region {code: $b}) } "
            + "  RETURN [start, s1, relay, s2, relay2, s3, end] AS chain } "
            + "RETURN reduce(key = '', n IN chain | key + ' ' + n.uid) AS key, 1 AS n", pair.parameters());
        assertThat(service).as("%s", pair).isNotEmpty()
            .doesNotHaveDuplicates().extracting(ids -> " " + String.join(" ", ids)).containsExactlyInAnyOrderElementsOf(walked.keySet());
        // shortest first, then the one whose last shipment went out latest
        Comparator<List<String>> order = Comparator.<List<String>>comparingInt(List::size)
            .thenComparing(ids -> -sent.get(ids.get(ids.size() - 2)));
        assertThat(service).isSortedAccordingTo(order);
      }
    }

    @Test
    void peopleMatchTheAddressesWalkedUpTheHierarchyAtEveryLevelMostLinksFirst() {
      // two provinces in a window, a prefecture and a province, a county inside its prefecture (residents there live
      // in BOTH), a foreign state and a province, a foreign country and a province
      List<RegionPair> pairs = List.of(new RegionPair("530000", "440000", "2026-09-01T00:00Z"),
          new RegionPair("533100", "440000", null), new RegionPair("533102", "533100", "2026-07-01T00:00Z"),
          new RegionPair("MM-17", "530000", null), new RegionPair("MM", "530000", null));
      String inA = "EXISTS { (%s)-[:LIVES_AT]->(:Address)" + WALK_UP + "(ra) }";
      String inB = "EXISTS { (%s)-[:LIVES_AT]->(:Address)" + WALK_UP + "(rb) }";
      String oneInAOtherInB = "((" + inA.formatted("p") + " AND " + inB.formatted("q") + ") OR ("
          + inB.formatted("p") + " AND " + inA.formatted("q") + ")) ";
      for (RegionPair pair : pairs) {
        List<Map<String, Object>> service = allNodes("cross-region-links", Map.of("input", pair.input(), "first", 1,
            "chainsFirst", 1, "gangsFirst", 1, "peopleFirst", 100), "crossRegionLinks.people", "peopleAfter");
        Map<String, Integer> walked = countsByKey("MATCH (ra:Region {code: $a}), (rb:Region {code: $b}) "
            + "CALL (ra, rb) { "
            + "  MATCH (origin:Address)<-[:FROM_ADDRESS]-(s:Shipment)-[:TO_ADDRESS]->(destination:Address) "
            + "  WHERE ($since IS NULL OR s.sentAt >= datetime($since)) "
            + "    AND ((EXISTS { (origin)" + WALK_UP + "(ra) } AND EXISTS { (destination)" + WALK_UP + "(rb) }) "
            + "      OR (EXISTS { (origin)" + WALK_UP + "(rb) } AND EXISTS { (destination)" + WALK_UP + "(ra) })) "
            + "  MATCH (s)-[:SENT|ADDRESSED_TO]-(p:Person) "
            + "  RETURN p, 'SHIPMENT' AS kind, elementId(s) AS link "
            + "  UNION "
            + "  MATCH (p:Person)-[:USES]->(:Phone)-[c:CALLED]-(:Phone)<-[:USES]-(q:Person) "
            + "  WHERE p <> q AND ($since IS NULL OR c.at >= datetime($since)) AND " + oneInAOtherInB
            + "  RETURN p, 'CALL' AS kind, elementId(c) AS link "
            + "  UNION "
            + "  MATCH (p:Person)-[:HOLDS]->(:Account)-[t:TRANSFERRED]-(:Account)<-[:HOLDS]-(q:Person) "
            + "  WHERE p <> q AND ($since IS NULL OR t.at >= datetime($since)) AND " + oneInAOtherInB
            + "  RETURN p, 'TRANSFER' AS kind, elementId(t) AS link } "
            + "WITH ra, rb, p, count(CASE kind WHEN 'SHIPMENT' THEN 1 END) AS shipments, "
            + "     count(CASE kind WHEN 'CALL' THEN 1 END) AS calls, count(CASE kind WHEN 'TRANSFER' THEN 1 END) AS "
            + "     transfers, " + inA.formatted("p") + " AS livesInA, " + inB.formatted("p") + " AS livesInB "
            + "RETURN p.uid + ' ' + CASE WHEN livesInA AND livesInB THEN 'BOTH' WHEN livesInA THEN 'A' "
            + "       WHEN livesInB THEN 'B' ELSE 'null' END + ' ' + shipments + ' ' + calls + ' ' + transfers AS key, "
            + "       shipments + calls + transfers AS n", pair.parameters());
        assertThat(service).as("%s", pair).isNotEmpty()
            .extracting(n -> id(n, "person") + " " + n.get("livesIn") + " " + n.get("shipments") + " " + n.get("calls")
                + " " + n.get("transfers"))
            .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(walked.keySet());
        assertThat(service).as("%s: links are the sum, most first", pair)
            .allSatisfy(n -> assertThat(n.get("links")).isEqualTo((Integer) n.get("shipments")
                + (Integer) n.get("calls") + (Integer) n.get("transfers")))
            .extracting(n -> (Integer) n.get("links")).isSortedAccordingTo(Comparator.reverseOrder());
      }
    }

    @Test
    void suspectsOnlyKeepsTheShipmentsOfKnownPeopleBetweenAGangsSourceAndTransitRegions() {
      JsonNode gang = gang("G001");
      Set<String> gangMembers = new HashSet<>();
      truth.gangs().forEach(g -> gangMembers.addAll(allMembers(g)));
      Set<String> drugWaybills = new HashSet<>(truth.drugShipments().stream().map(w -> "Shipment/" + w).toList());
      String source = gang.get("sourceRegion").asString();
      String transit = gang.get("transitRegions").get(0).asString();
      List<Map<String, Object>> suspects = shipments(Map.of("regionA", source, "regionB", transit, "suspectsOnly", true));
      List<Map<String, Object>> all = shipments(Map.of("regionA", source, "regionB", transit));
      assertThat(suspects).as("the gang's parcels from its source to its transit region").isNotEmpty()
          .anySatisfy(edge -> assertThat(id(edge, "shipment")).isIn(drugWaybills))
          .allSatisfy(edge -> assertThat(List.of(id(edge, "sender"), id(edge, "receiver")))
              .as("a known person at one end of %s", id(edge, "shipment")).containsAnyElementsOf(gangMembers));
      assertThat(all).extracting(edge -> id(edge, "shipment"))
          .containsAll(suspects.stream().map(edge -> id(edge, "shipment")).toList());
      assertThat(all).as("everyday parcels too").hasSizeGreaterThan(suspects.size());
      assertThat(all).extracting(edge -> String.valueOf(edge.get("direction"))).contains("A_TO_B")
          .isSubsetOf("A_TO_B", "B_TO_A");
    }

    List<Map<String, Object>> shipments(Map<String, Object> input) {
      return crossRegion(input, 100, null).path("crossRegionLinks.shipments.edges[*].node")
          .entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {}).get();
    }

    static String id(Map<String, Object> edge, String field) {
      return String.valueOf(((Map<?, ?>) edge.get(field)).get("id"));
    }

    @Test
    void unknownRegionIsAnErrorNamingTheArgument() {
      graphql.documentName("cross-region-links")
          .variable("input", Map.of("regionA", "530000", "regionB", "999999")).execute().errors()
          .expect(e -> e.getMessage().contains("input.regionB") && e.getMessage().contains("999999"))
          .verify();
    }
  }

  @Nested
  class RegionLinks {

    GraphQlTester.Traversable links(String code, int first, String after) {
      Map<String, Object> variables = new HashMap<>(Map.of("code", code, "first", first));
      if (after != null) {
        variables.put("after", after);
      }
      return graphql.documentName("region-links").variables(variables).execute().errors().verify();
    }

    @Test
    void aSourceRegionIsLinkedToItsTransitProvincesBySuspectShipmentsStrongestFirst() {
      JsonNode gang = gang("G001");
      var response = links(gang.get("sourceRegion").asString(), 20, null);
      List<Map<String, Object>> nodes = response.path("regionLinks.edges[*].node")
          .entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {}).get();
      assertThat(nodes).extracting(n -> ((Number) n.get("strength")).doubleValue())
          .isSortedAccordingTo((a, b) -> Double.compare(b, a));
      Map<String, Integer> suspectByProvince = new HashMap<>();
      nodes.forEach(n -> suspectByProvince.put((String) ((Map<?, ?>) n.get("region")).get("code"),
          (Integer) n.get("suspectShipments")));
      String transitProvince = gang.get("transitRegions").get(0).asString().substring(0, 2) + "0000";
      assertThat(suspectByProvince.get(transitProvince)).as("suspect shipments to transit province %s", transitProvince)
          .isNotNull().isPositive();
    }

    @Test
    void everyCountPerProvinceMatchesTheAddressesWalkedUpTheHierarchy() {
      assertCountsMatchTheHierarchyWalk("530000", "PROVINCE", null);
    }

    @Test
    void everyCountOfAPrefectureMatchesTheAddressesWalkedUpTheHierarchy() {
      // the home region below province level: its suspect shipments are found from the suspects and walked home
      assertCountsMatchTheHierarchyWalk("533100", "PROVINCE", null);
    }

    @Test
    void everyCountPerPrefectureInAWindowMatchesTheAddressesWalkedUpTheHierarchy() {
      assertCountsMatchTheHierarchyWalk("530000", "PREFECTURE", "2026-07-01T00:00Z");
    }

    /** Each count of every linked region (all pages) against the same count walked up the region tree directly. */
    void assertCountsMatchTheHierarchyWalk(String code, String level, String since) {
      Map<String, Object> variables = new HashMap<>(Map.of("code", code, "level", level, "first", 100));
      if (since != null) {
        variables.put("window", Map.of("since", since));
      }
      List<Map<String, Object>> nodes = allNodes("region-links", variables, "regionLinks");
      Map<String, Map<String, Integer>> service = new HashMap<>();
      for (String kind : List.of("shipmentsOut", "shipmentsIn", "suspectShipments", "calls", "transfers",
          "sharedGangs")) {
        Map<String, Integer> counts = new HashMap<>();
        nodes.stream().filter(n -> (Integer) n.get(kind) > 0)
            .forEach(n -> counts.put((String) ((Map<?, ?>) n.get("region")).get("code"), (Integer) n.get(kind)));
        service.put(kind, counts);
      }
      Map<String, Object> parameters = new HashMap<>(Map.of("code", code, "level", level));
      parameters.put("since", since);
      String home = "MATCH (:Region {code: $code})<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(a:Address) ";
      // a region at the level asked for, other than the home region and its ancestors
      String other = "(other:Region {level: $level}) "
          + "WHERE NOT EXISTS { (:Region {code: $code})-[:PART_OF*0..3]->(other) } ";
      String inWindow = "AND ($since IS NULL OR %s >= datetime($since)) ";
      String resident = "MATCH (a)<-[:LIVES_AT]-(:Person)";
      String otherResident = "(:Person)-[:LIVES_AT]->(:Address)" + WALK_UP + other;
      assertThat(service.get("shipmentsOut")).isNotEmpty().isEqualTo(countsByKey(home
          + "MATCH (a)<-[:FROM_ADDRESS]-(s:Shipment)-[:TO_ADDRESS]->(:Address)" + WALK_UP + other
          + inWindow.formatted("s.sentAt") + "RETURN other.code AS key, count(DISTINCT s) AS n", parameters));
      assertThat(service.get("shipmentsIn")).isNotEmpty().isEqualTo(countsByKey(home
          + "MATCH (a)<-[:TO_ADDRESS]-(s:Shipment)-[:FROM_ADDRESS]->(:Address)" + WALK_UP + other
          + inWindow.formatted("s.sentAt") + "RETURN other.code AS key, count(DISTINCT s) AS n", parameters));
      // either way, with a sender or receiver under suspicion (any status but UNKNOWN) or in a gang
      assertThat(service.get("suspectShipments")).isNotEmpty().isEqualTo(countsByKey(home
          + "MATCH (a)-[:FROM_ADDRESS|TO_ADDRESS]-(s:Shipment)-[:FROM_ADDRESS|TO_ADDRESS]-(:Address)" + WALK_UP + other
          + inWindow.formatted("s.sentAt") + "AND EXISTS { (s)-[:SENT|ADDRESSED_TO]-(p:Person) "
          + "WHERE p.status <> 'UNKNOWN' OR EXISTS { (p)-[:MEMBER_OF]->(:Gang) } } "
          + "RETURN other.code AS key, count(DISTINCT s) AS n", parameters));
      assertThat(service.get("calls")).isNotEmpty().isEqualTo(countsByKey(home + resident
          + "-[:USES]->(:Phone)-[c:CALLED]-(:Phone)<-[:USES]-" + otherResident + inWindow.formatted("c.at")
          + "RETURN other.code AS key, count(DISTINCT c) AS n", parameters));
      assertThat(service.get("transfers")).isNotEmpty().isEqualTo(countsByKey(home + resident
          + "-[:HOLDS]->(:Account)-[t:TRANSFERRED]-(:Account)<-[:HOLDS]-" + otherResident + inWindow.formatted("t.at")
          + "RETURN other.code AS key, count(DISTINCT t) AS n", parameters));
      // gangs are shared whatever the window
      assertThat(service.get("sharedGangs")).isNotEmpty().isEqualTo(countsByKey(home + resident
          + "-[:MEMBER_OF]->(g:Gang)<-[:MEMBER_OF]-" + otherResident
          + "RETURN other.code AS key, count(DISTINCT g) AS n", parameters));
    }

    @Test
    void secondPageContinuesWhereTheFirstEnded() {
      List<String> whole = links("530000", 6, null).path("regionLinks.edges[*].node.region.code")
          .entityList(String.class).hasSize(6).get();
      var first = links("530000", 3, null);
      String cursor = first.path("regionLinks.pageInfo.endCursor").entity(String.class).get();
      List<String> pages = new ArrayList<>(first.path("regionLinks.edges[*].node.region.code")
          .entityList(String.class).get());
      pages.addAll(links("530000", 3, cursor).path("regionLinks.edges[*].node.region.code").entityList(String.class)
          .get());
      assertThat(pages).containsExactlyElementsOf(whole);
    }
  }

  @Nested
  class RegionFlows {

    List<Map<String, Object>> flows(Map<String, Object> input) {
      return graphql.documentName("region-flows").variable("input", input).variable("first", 1000).execute().errors()
          .verify().path("regionFlows.edges[*].node")
          .entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {}).get();
    }

    Map<String, Integer> byPair(List<Map<String, Object>> flows) {
      Map<String, Integer> pairs = new HashMap<>();
      flows.forEach(f -> pairs.put(((Map<?, ?>) f.get("origin")).get("code") + ">"
          + ((Map<?, ?>) f.get("destination")).get("code"), (Integer) f.get("shipments")));
      return pairs;
    }

    @Test
    void everyDemoAddressAndShipmentCarriesTheCodesOfTheRegionsWalkedUpFromIt() {
      // the codes the region analyses read (the generator takes them from the region catalogue, not the graph)
      Map<String, Integer> wrong = countsByKey("MATCH (a:Address)-[:LOCATED_IN]->(r:Region) "
          + "WITH a, COLLECT { MATCH (r)-[:PART_OF*0..3]->(p:Region {level: 'PROVINCE'}) RETURN p.code }[0] "
          + "AS province, "
          + "COLLECT { MATCH (r)-[:PART_OF*0..3]->(p:Region {level: 'PREFECTURE'}) RETURN p.code }[0] AS prefecture "
          + "WHERE coalesce(a.provinceCode, '') <> coalesce(province, '') "
          + "OR coalesce(a.prefectureCode, '') <> coalesce(prefecture, '') "
          + "WITH count(*) AS n RETURN 'address' AS key, n "
          + "UNION ALL MATCH (o:Address)<-[:FROM_ADDRESS]-(s:Shipment)-[:TO_ADDRESS]->(d:Address) "
          + "WHERE coalesce(s.originProvince, '') <> coalesce(o.provinceCode, '') "
          + "OR coalesce(s.originPrefecture, '') <> coalesce(o.prefectureCode, '') "
          + "OR coalesce(s.destinationProvince, '') <> coalesce(d.provinceCode, '') "
          + "OR coalesce(s.destinationPrefecture, '') <> coalesce(d.prefectureCode, '') "
          + "WITH count(*) AS n RETURN 'shipment' AS key, n",
          Map.of());
      assertThat(wrong).containsExactlyInAnyOrderEntriesOf(Map.of("address", 0, "shipment", 0));
      assertThat(countsByKey("MATCH (a:Address) WHERE a.prefectureCode IS NOT NULL RETURN 'with' AS key, "
          + "count(*) AS n", Map.of()).get("with")).as("addresses in a prefecture").isPositive();
    }

    @Test
    void suspectFlowsFollowThePlantedChainsAndNeverExceedAllFlows() {
      Map<String, Integer> all = byPair(flows(Map.of("level", "PROVINCE")));
      Map<String, Integer> suspect = byPair(flows(Map.of("level", "PROVINCE", "suspectsOnly", true)));
      JsonNode gang = gang("G002");
      String sourceProvince = gang.get("sourceRegion").asString().substring(0, 2) + "0000";
      String transitProvince = gang.get("transitRegions").get(0).asString().substring(0, 2) + "0000";
      assertThat(suspect).containsKey(sourceProvince + ">" + transitProvince);
      suspect.forEach((pair, n) -> assertThat(all.get(pair)).as(pair).isGreaterThanOrEqualTo(n));
      long shipments = graphql.documentName("stats").execute().path("stats.shipments").entity(Long.class).get();
      assertThat(all.values().stream().mapToLong(Integer::longValue).sum()).isLessThanOrEqualTo(shipments)
          .isGreaterThan(shipments / 2);
    }

    @Test
    void matrixMatchesTheAddressesWalkedUpTheHierarchyAtBothLevelsWithAndWithoutSuspectsOnly() {
      for (String level : List.of("PROVINCE", "PREFECTURE")) {
        for (boolean suspectsOnly : List.of(false, true)) {
          Map<String, Integer> service = byPair(allNodes("region-flows",
              Map.of("input", Map.of("level", level, "suspectsOnly", suspectsOnly), "first", 1000), "regionFlows"));
          Map<String, Integer> walked = countsByKey("""
              MATCH (s:Shipment)
              WHERE NOT $suspectsOnly OR EXISTS { (s)-[:SENT|ADDRESSED_TO]-(p:Person)
                                                  WHERE p.status <> 'UNKNOWN' OR EXISTS { (p)-[:MEMBER_OF]->() } }
              MATCH (s)-[:FROM_ADDRESS]->(:Address)%1$s(origin:Region {level: $level})
              MATCH (s)-[:TO_ADDRESS]->(:Address)%1$s(destination:Region {level: $level})
              RETURN origin.code + '>' + destination.code AS key, count(s) AS n""".formatted(WALK_UP),
              Map.of("level", level, "suspectsOnly", suspectsOnly));
          assertThat(service).as("%s, suspects only: %s", level, suspectsOnly).isNotEmpty().isEqualTo(walked);
        }
      }
    }

    @Test
    void matrixIsPagedLargestFlowsFirst() {
      Map<String, Object> input = Map.of("level", "PROVINCE");
      List<Integer> whole = graphql.documentName("region-flows").variable("input", input).variable("first", 10)
          .execute().errors().verify().path("regionFlows.edges[*].node.shipments").entityList(Integer.class).get();
      assertThat(whole).hasSize(10).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
      var first = graphql.documentName("region-flows").variable("input", input).variable("first", 5).execute();
      String cursor = first.path("regionFlows.pageInfo.endCursor").entity(String.class).get();
      List<Integer> pages = new ArrayList<>(first.path("regionFlows.edges[*].node.shipments").entityList(Integer.class)
          .get());
      pages.addAll(graphql.documentName("region-flows").variable("input", input).variable("first", 5)
          .variable("after", cursor).execute().path("regionFlows.edges[*].node.shipments").entityList(Integer.class)
          .get());
      assertThat(pages).containsExactlyElementsOf(whole);
    }

    @Test
    void prefectureLevelRollsUpToPrefectures() {
      List<Map<String, Object>> flows = flows(Map.of("level", "PREFECTURE", "minShipments", 5));
      assertThat(flows).isNotEmpty().allSatisfy(f -> {
        assertThat(((Map<?, ?>) f.get("origin")).get("level")).isIn("PREFECTURE", "PROVINCE");
        assertThat((Integer) f.get("shipments")).isGreaterThanOrEqualTo(5);
      });
      assertThat(flows).extracting(f -> String.valueOf(((Map<?, ?>) f.get("origin")).get("level"))).contains("PREFECTURE");
    }
  }

  @Nested
  class Timeline {

    GraphQlTester.Traversable timeline(String id, int first, String after, Map<String, Object> window) {
      Map<String, Object> variables = new HashMap<>(Map.of("id", id, "first", first));
      if (after != null) {
        variables.put("after", after);
      }
      if (window != null) {
        variables.put("window", window);
      }
      return graphql.documentName("timeline").variables(variables).execute().errors().verify();
    }

    @Test
    void eventsComeInTimeOrderAndPagesJoinUp() {
      String courier = busiestCourier("G001");
      List<Map<String, Object>> whole = timeline(courier, 40, null, null).path("timeline.edges[*].node")
          .entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {}).get();
      assertThat(whole).extracting(e -> java.time.OffsetDateTime.parse((String) e.get("at")).toInstant()).isSorted();
      assertThat(whole).extracting(e -> e.get("kind")).contains("SHIPMENT_SENT", "SHIPMENT_RECEIVED", "CALL_MADE");
      var first = timeline(courier, 20, null, null);
      List<String> pages = new ArrayList<>(first.path("timeline.edges[*].node.at").entityList(String.class).get());
      String cursor = first.path("timeline.pageInfo.endCursor").entity(String.class).get();
      pages.addAll(timeline(courier, 20, cursor, null).path("timeline.edges[*].node.at").entityList(String.class).get());
      assertThat(pages).containsExactlyElementsOf(whole.stream().map(e -> (String) e.get("at")).toList());
    }

    @Test
    void aSeizureAndAShipmentHaveTheirOwnEvents() {
      Map<String, Integer> seized = countsByKey("MATCH (z:Seizure)-[:FROM_SHIPMENT]->(s:Shipment) "
          + "RETURN z.uid + ' ' + s.uid AS key, CASE WHEN s.receivedAt IS NULL THEN 0 ELSE 1 END AS n "
          + "ORDER BY key LIMIT 1", Map.of());
      String[] ids = seized.keySet().iterator().next().split(" ");
      String seizure = ids[0];
      String shipment = ids[1];
      assertThat(events(seizure)).containsExactly("SEIZURE " + seizure);
      List<String> expected = new ArrayList<>(List.of("SHIPMENT_SENT " + shipment, "SEIZURE " + seizure));
      if (seized.values().iterator().next() == 1) {
        expected.add("SHIPMENT_RECEIVED " + shipment);
      }
      assertThat(events(shipment)).containsExactlyInAnyOrderElementsOf(expected);
      String received = countsByKey("MATCH (s:Shipment) WHERE s.receivedAt IS NOT NULL "
          + "AND NOT EXISTS { (s)<-[:FROM_SHIPMENT]-() } RETURN s.uid AS key, 1 AS n ORDER BY key LIMIT 1", Map.of())
          .keySet().iterator().next();
      assertThat(events(received)).containsExactly("SHIPMENT_SENT " + received, "SHIPMENT_RECEIVED " + received);
    }

    @Test
    void aParcelIsReceivedAtItsReceiptOrOnlyAddressedWhenNoneIsOnRecord() {
      for (boolean received : List.of(true, false)) {
        // a parcel with a receiver, a receiver phone and a destination; when it happened, to the second
        Map<String, Integer> parcel = countsByKey("MATCH (p:Person)<-[:ADDRESSED_TO]-(s:Shipment)-[:TO_ADDRESS]->"
            + "(a:Address), (s)-[:RECEIVER_PHONE]-(phone:Phone) WHERE (s.receivedAt IS NOT NULL) = $received "
            + "RETURN s.uid + ' ' + p.uid + ' ' + phone.uid + ' ' + a.uid AS key, "
            + "toInteger(coalesce(s.receivedAt, s.sentAt).epochSeconds) AS n ORDER BY key LIMIT 1",
            Map.of("received", received));
        String[] ids = parcel.keySet().iterator().next().split(" ");
        java.time.Instant at = java.time.Instant.ofEpochSecond(parcel.values().iterator().next());
        Map<String, Object> second = Map.of("since", at.toString(), "until", at.plusSeconds(1).toString());
        for (String entity : List.of(ids[1], ids[2], ids[3])) {
          List<String> kinds = timeline(entity, 100, null, second).path("timeline.edges[*].node")
              .entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {}).get().stream()
              .filter(event -> ids[0].equals(((Map<?, ?>) event.get("subject")).get("id")))
              .map(event -> (String) event.get("kind")).toList();
          assertThat(kinds).as("%s on the timeline of %s at %s", ids[0], entity, at)
              .containsExactly(received ? "SHIPMENT_RECEIVED" : "SHIPMENT_ADDRESSED");
        }
        assertThat(events(ids[0])).as("the parcel's own timeline").contains("SHIPMENT_SENT " + ids[0])
            .doesNotContain("SHIPMENT_ADDRESSED " + ids[0]);
      }
    }

    /** The kinds and subjects of an entity's timeline, in time order. */
    List<String> events(String id) {
      return timeline(id, 100, null, null).path("timeline.edges[*].node")
          .entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {}).get().stream()
          .map(event -> event.get("kind") + " " + ((Map<?, ?>) event.get("subject")).get("id")).toList();
    }

    @Test
    void windowKeepsOnlyEventsInsideIt() {
      String courier = busiestCourier("G001");
      List<String> all = timeline(courier, 100, null, null).path("timeline.edges[*].node.at").entityList(String.class)
          .get();
      String middle = all.get(all.size() / 2);
      List<String> before = timeline(courier, 100, null, Map.of("until", middle)).path("timeline.edges[*].node.at")
          .entityList(String.class).get();
      assertThat(before).isNotEmpty().hasSizeLessThan(all.size())
          .allSatisfy(at -> assertThat(java.time.OffsetDateTime.parse(at)).isBefore(java.time.OffsetDateTime.parse(middle)));
    }
  }

  @Nested
  class RoundTrips {

    long transactionsDuring(Runnable request) {
      TransactionCounters counters = embedded.database().getDependencyResolver().resolveDependency(TransactionCounters.class);
      long before = counters.getNumberOfStartedTransactions();
      request.run();
      return counters.getNumberOfStartedTransactions() - before;
    }

    long transactions(Supplier<GraphQlTester.Response> request, String itemsPath, int expectedItems) {
      long[] count = new long[1];
      count[0] = transactionsDuring(() -> request.get().errors().verify().path(itemsPath).entityList(Object.class)
          .hasSize(expectedItems));
      return count[0];
    }

    @Test
    void databaseRoundTripsDoNotGrowWithTheNumberOfItemsReturned() {
      // Region links with each region's parent and children (batch-loaded), and timeline events with their nodes.
      long oneLink = transactions(() -> graphql.documentName("region-links").variable("code", "530000")
          .variable("first", 1).execute(), "regionLinks.edges", 1);
      long manyLinks = transactions(() -> graphql.documentName("region-links").variable("code", "530000")
          .variable("first", 30).execute(), "regionLinks.edges", 30);
      assertThat(manyLinks).as("transactions for 30 region links vs 1").isEqualTo(oneLink).isPositive();

      String courier = busiestCourier("G001");
      long oneEvent = transactions(() -> graphql.documentName("timeline").variable("id", courier).variable("first", 1)
          .execute(), "timeline.edges", 1);
      int events = graphql.documentName("timeline").variable("id", courier).variable("first", 100).execute()
          .path("timeline.edges").entityList(Object.class).get().size();
      assertThat(events).isGreaterThan(10);
      long manyEvents = transactions(() -> graphql.documentName("timeline").variable("id", courier)
          .variable("first", 100).execute(), "timeline.edges", events);
      assertThat(manyEvents).as("transactions for %d timeline events vs 1", events).isEqualTo(oneEvent);

      // A person's nested fields: 7 of them (phones, users, addresses, region, parent, memberships, gang). Batched,
      // each costs one round trip for all 100 hits together; unbatched it would cost hundreds.
      String personQuery = "query($first: Int) { search(text: \"王\", first: $first) { entity { ... on Person { id "
          + "phones { number users { id } } addresses { region { parent { code } } } memberships { gang { id } } } } } }";
      long manyHits = transactions(() -> graphql.document(personQuery).variable("first", 100).execute(), "search", 100);
      assertThat(manyHits).as("transactions for 100 search hits with 7 nested fields").isBetween(2L, 1L + 7);
    }
  }

  @Nested
  class BadInput {

    @Test
    void aCursorThatIsNotOneIsAnErrorNamingAfter() {
      String leader = "Person/" + truth.gangs().get(0).get("members").get(0).get("personId").asString();
      // garbage, a keyset position, a negative and a huge offset (Spring's encoding: base64 of "O_<offset>")
      for (String cursor : List.of("garbage", base64("K_{}"), base64("O_-5"), base64("O_99999999999"), "")) {
        graphql.documentName("timeline").variable("id", leader).variable("after", cursor).execute().errors()
            .expect(e -> "BAD_REQUEST".equals(String.valueOf(e.getErrorType()))
                && e.getMessage().contains("'after'") && e.getMessage().contains("not a cursor"))
            .verify();
      }
      graphql.document("{ __typename }").execute().errors().verify();
    }

    @Test
    void regionCodesWithSpacesAroundThemGiveTheSameAnswer() {
      // the two prefectures with the most shipments between them
      String[] pair = countsByKey("MATCH (s:Shipment) WHERE s.originPrefecture <> s.destinationPrefecture "
          + "RETURN s.originPrefecture + ' ' + s.destinationPrefecture AS key, count(*) AS n ORDER BY n DESC LIMIT 1",
          Map.of()).keySet().iterator().next().split(" ");
      String origin = pair[0];
      String market = pair[1];
      String document = "query($input: CrossRegionInput!) { crossRegionLinks(input: $input) { "
          + "shipments(first: 50) { edges { node { shipment { id } } } } people(first: 50) { edges { node { person { id } } } } } }";
      List<String> clean = graphql.document(document).variable("input", Map.of("regionA", origin, "regionB", market))
          .execute().errors().verify().path("crossRegionLinks.shipments.edges[*].node.shipment.id")
          .entityList(String.class).get();
      assertThat(clean).as("shipments between %s and %s", origin, market).isNotEmpty();
      var padded = graphql.document(document)
          .variable("input", Map.of("regionA", " " + origin + " ", "regionB", market + " ")).execute().errors().verify();
      padded.path("crossRegionLinks.shipments.edges[*].node.shipment.id").entityList(String.class)
          .containsExactly(clean.toArray(String[]::new));
      padded.path("crossRegionLinks.people.edges").entityList(Object.class).hasSizeGreaterThan(0);
    }

    @Test
    void onlyPagesAfterTheFirstHaveAPreviousPage() {
      String leader = "Person/" + truth.gangs().get(0).get("members").get(0).get("personId").asString();
      String document = "query($id: ID!, $after: String) { timeline(id: $id, first: 3, after: $after) { "
          + "edges { cursor } pageInfo { hasPreviousPage hasNextPage startCursor endCursor } } }";
      var first = graphql.document(document).variable("id", leader).execute().errors().verify();
      first.path("timeline.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
      first.path("timeline.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
      String end = first.path("timeline.pageInfo.endCursor").entity(String.class).get();
      var second = graphql.document(document).variable("id", leader).variable("after", end).execute().errors().verify();
      second.path("timeline.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
      assertThat(second.path("timeline.pageInfo.startCursor").entity(String.class).get()).isNotEqualTo(end);
    }

    static String base64(String text) {
      return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void tooManyHopsIsAnErrorNamingTheArgumentAndTheLimit() {
      graphql.documentName("neighbourhood").variable("input", Map.of("ids", List.of("Person/P000001"), "maxHops", 5))
          .execute().errors()
          .expect(e -> e.getMessage().contains("'input.maxHops'") && e.getMessage().contains("between 1 and 4")
              && "BAD_REQUEST".equals(String.valueOf(e.getErrorType())))
          .verify();
    }

    @Test
    void malformedEntityIdIsAnErrorShowingTheExpectedForm() {
      graphql.documentName("paths").variable("input", Map.of("source", "P000001", "target", "Person/P000002"))
          .execute().errors()
          .expect(e -> e.getMessage().contains("'input.source'") && e.getMessage().contains("Person/P000123"))
          .verify();
    }

    @Test
    void windowEndingBeforeItStartsIsAnError() {
      graphql.documentName("timeline").variable("id", "Person/P000001")
          .variable("window", Map.of("since", "2026-05-01", "until", "2026-04-01")).execute().errors()
          .expect(e -> e.getMessage().contains("'window'") && e.getMessage().contains("before")).verify();
      graphql.documentName("timeline").variable("id", "Person/P000001")
          .variable("window", Map.of("since", "May 1st")).execute().errors()
          .expect(e -> e.getMessage().contains("'window.since'") && e.getMessage().contains("ISO-8601")).verify();
    }

    @Test
    void unknownRelationshipTypeIsAnErrorListingTheKnownOnes() {
      graphql.documentName("neighbourhood").variable("input", Map.of("ids", List.of("Person/P000001"),
          "relationshipTypes", List.of("KNOWS"))).execute().errors()
          .expect(e -> e.getMessage().contains("'KNOWS'") && e.getMessage().contains("ADDRESSED_TO")).verify();
    }

    @Test
    void tooDeepAQueryIsRejectedBeforeItRuns() {
      String deep = "{ region(code: \"530100\") { " + "parent { ".repeat(16) + "code" + " }".repeat(16) + " } }";
      graphql.document(deep).execute().errors()
          .expect(e -> e.getMessage().toLowerCase().contains("depth")).verify();
    }

    @Test
    void tooComplexAQueryIsRejectedBeforeItRuns() {
      StringBuilder wide = new StringBuilder("{");
      for (int i = 0; i < 300; i++) {
        wide.append(" r").append(i).append(": region(code: \"530000\") { code name nameEn level }");
      }
      graphql.document(wide.append(" }").toString()).execute().errors()
          .expect(e -> e.getMessage().toLowerCase().contains("complexity")).verify();
    }
  }
}
