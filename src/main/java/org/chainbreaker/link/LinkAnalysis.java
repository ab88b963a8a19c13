package org.chainbreaker.link;

import static org.chainbreaker.link.LinkArguments.entityId;
import static org.chainbreaker.link.LinkArguments.entityIds;
import static org.chainbreaker.link.LinkArguments.range;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chainbreaker.api.InvalidArgumentException;
import org.chainbreaker.graph.CypherRunner;
import org.chainbreaker.model.Gang;
import org.chainbreaker.model.GraphNode;
import org.chainbreaker.model.Page;
import org.chainbreaker.model.Region;
import org.chainbreaker.model.RegionLevel;
import org.chainbreaker.model.Subgraph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.stereotype.Service;

/**
 * Link analysis: each question is one script of {@code cypher/analysis/}, the same file analysts run; this class
 * checks the arguments, passes them as parameters and shapes the rows.
 */
@Service
public class LinkAnalysis {

  static final int MAX_NEIGHBOURHOOD_HOPS = 4;
  static final int MAX_PATH_HOPS = 8;
  static final int MAX_NODES = 2_000;
  static final int MAX_PATHS = 10;
  static final int MAX_PAGE = 100;
  static final int MAX_MATRIX_PAGE = 1_000;

  private final CypherRunner runner;

  LinkAnalysis(CypherRunner runner) {
    this.runner = runner;
  }

  /** Breadth-first neighbourhood of the given entities. */
  public Neighbourhood neighbourhood(NeighbourhoodInput input) {
    String[] window = LinkArguments.window(input.window(), "input.window");
    Map<String, Object> parameters = parameters(
        "ids", entityIds(input.ids(), "input.ids"),
        "maxHops", range(input.maxHops(), 2, 1, MAX_NEIGHBOURHOOD_HOPS, "input.maxHops"),
        "limit", range(input.limit(), 200, 1, MAX_NODES, "input.limit"),
        "relTypes", LinkArguments.relationshipTypes(input.relationshipTypes(), "input.relationshipTypes"),
        "labels", LinkArguments.labels(input.labels(), "input.labels"),
        "since", window[0], "until", window[1]);
    return runner.readOne("analysis/neighbourhood", parameters,
            r -> new Neighbourhood(Subgraph.of(nodes(r.get("nodes")), relationships(r.get("relationships"))),
                r.get("capped").asBoolean()))
        .orElseGet(() -> new Neighbourhood(Subgraph.empty(), false));
  }

  /** Shortest paths between two entities, shortest first. */
  public List<Path> paths(PathInput input) {
    String[] window = LinkArguments.window(input.window(), "input.window");
    Map<String, Object> parameters = parameters(
        "source", entityId(input.source(), "input.source"),
        "target", entityId(input.target(), "input.target"),
        "k", range(input.k(), 1, 1, MAX_PATHS, "input.k"),
        "maxHops", range(input.maxHops(), 6, 1, MAX_PATH_HOPS, "input.maxHops"),
        "relTypes", LinkArguments.relationshipTypes(input.relationshipTypes(), "input.relationshipTypes"),
        "labels", LinkArguments.labels(input.labels(), "input.labels"),
        "since", window[0], "until", window[1]);
    return runner.read("analysis/paths", parameters, LinkAnalysis::path);
  }

  /** One page of what all the given entities share, most specific first. */
  public Page<CommonConnection> commonConnections(List<String> ids, int offset, Integer first) {
    List<String> entities = entityIds(ids, "ids").stream().distinct().toList();
    if (entities.size() < 2) {
      throw new InvalidArgumentException("ids", "give at least two different entity ids to compare");
    }
    return lookAheadPage("analysis/common-connections", parameters("ids", entities), offset,
        range(first, 50, 1, MAX_PAGE, "first"),
        r -> new CommonConnection(GraphNode.from(r.get("node").asNode()), r.get("links").asList(link ->
            new CommonConnection.ConnectionLink(link.get("id").asString(), link.get("via").asString()))));
  }

  /** Validates the two regions of a cross-region question. */
  public CrossRegionLinks crossRegionLinks(CrossRegionInput input) {
    String a = LinkArguments.regionCode(input.regionA(), "input.regionA");
    String b = LinkArguments.regionCode(input.regionB(), "input.regionB");
    LinkArguments.window(input.window(), "input.window");
    range(input.chainWindowDays(), 30, 1, 365, "input.chainWindowDays");
    requireKnownRegions(Map.of("input.regionA", a, "input.regionB", b));
    // the parts query with the codes as checked (stripped), not as typed
    return new CrossRegionLinks(new CrossRegionInput(a, b, input.window(), input.suspectsOnly(), input.chainWindowDays()));
  }

  /** One page of the shipments between the two regions, newest first. */
  public Page<CrossRegionShipment> crossRegionShipments(CrossRegionInput input, int offset, Integer first) {
    String[] window = LinkArguments.window(input.window(), "input.window");
    int limit = range(first, 20, 1, MAX_PAGE, "first");
    List<Record> rows = runner.read("analysis/cross-region-shipments", parameters(
        "regionA", input.regionA(), "regionB", input.regionB(), "since", window[0], "until", window[1],
        "suspectsOnly", Boolean.TRUE.equals(input.suspectsOnly()), "skip", offset, "limit", limit), r -> r);
    List<CrossRegionShipment> items = rows.stream().map(r -> new CrossRegionShipment(node(r.get("shipment")),
        r.get("direction").asString(), node(r.get("sender")), node(r.get("receiver")), node(r.get("origin")),
        node(r.get("destination")))).toList();
    return Page.of(items, offset, rows.isEmpty() ? 0 : rows.get(0).get("total").asInt());
  }

  /** One page of the relay chains from region A to region B, as paths. */
  public Page<Path> crossRegionChains(CrossRegionInput input, int offset, Integer first) {
    String[] window = LinkArguments.window(input.window(), "input.window");
    return lookAheadPage("analysis/cross-region-chains", parameters("regionA", input.regionA(),
        "regionB", input.regionB(), "windowDays", range(input.chainWindowDays(), 30, 1, 365, "input.chainWindowDays"),
        "since", window[0], "until", window[1]),
        offset, range(first, 20, 1, MAX_PAGE, "first"),
        r -> new Path(r.get("shipments").asInt() * 2, orderedNodes(r), orderedEdges(r)));
  }

  /** One page of the persons who connect the two regions, most links first. */
  public Page<CrossRegionPerson> crossRegionPeople(CrossRegionInput input, int offset, Integer first) {
    String[] window = LinkArguments.window(input.window(), "input.window");
    return lookAheadPage("analysis/cross-region-people", parameters("regionA", input.regionA(),
        "regionB", input.regionB(), "since", window[0], "until", window[1]), offset,
        range(first, 20, 1, MAX_PAGE, "first"),
        r -> new CrossRegionPerson(GraphNode.from(r.get("person").asNode()),
            r.get("livesIn").isNull() ? null : r.get("livesIn").asString(), r.get("shipments").asInt(),
            r.get("calls").asInt(), r.get("transfers").asInt(), r.get("links").asInt()));
  }

  /** One page of the known gangs with members in both regions, most members first. */
  public Page<GangSpan> crossRegionGangs(CrossRegionInput input, int offset, Integer first) {
    return lookAheadPage("analysis/cross-region-gangs",
        parameters("regionA", input.regionA(), "regionB", input.regionB()), offset,
        range(first, 20, 1, MAX_PAGE, "first"),
        r -> new GangSpan(Gang.from(r.get("gang").asNode()), r.get("membersInA").asInt(), r.get("membersInB").asInt(),
            r.get("members").asList(v -> GraphNode.from(v.asNode()))));
  }

  /** One page of the regions linked to a region, strongest first. */
  public Page<RegionLink> regionLinks(String code, RegionLevel level, TimeWindow window, int offset, Integer first) {
    String region = LinkArguments.regionCode(code, "code");
    if (level != null && level != RegionLevel.PROVINCE && level != RegionLevel.PREFECTURE) {
      throw new InvalidArgumentException("level", "must be PROVINCE or PREFECTURE");
    }
    String[] times = LinkArguments.window(window, "window");
    int limit = range(first, 20, 1, MAX_PAGE, "first");
    requireKnownRegions(Map.of("code", region));
    List<Record> rows = runner.read("analysis/region-links", parameters("code", region,
        "level", level == null ? null : level.name(), "since", times[0], "until", times[1], "skip", offset,
        "limit", limit), r -> r);
    List<RegionLink> items = rows.stream().map(r -> new RegionLink(Region.from(r.get("region").asNode()),
        r.get("shipmentsOut").asLong(), r.get("shipmentsIn").asLong(), r.get("suspectShipments").asLong(),
        r.get("calls").asLong(), r.get("transfers").asLong(), r.get("sharedGangs").asLong(),
        r.get("strength").asDouble())).toList();
    return Page.of(items, offset, rows.isEmpty() ? 0 : rows.get(0).get("total").asInt());
  }

  /** One page of the origin–destination matrix of shipments, largest flows first. */
  public Page<RegionFlow> regionFlows(RegionFlowInput input, int offset, Integer first) {
    RegionLevel level = input.level() == null ? RegionLevel.PROVINCE : input.level();
    if (level != RegionLevel.PROVINCE && level != RegionLevel.PREFECTURE) {
      throw new InvalidArgumentException("input.level", "must be PROVINCE or PREFECTURE");
    }
    String[] window = LinkArguments.window(input.window(), "input.window");
    List<Record> rows = runner.read("analysis/region-flows", parameters("level", level.name(), "since", window[0],
        "until", window[1], "suspectsOnly", Boolean.TRUE.equals(input.suspectsOnly()),
        "minShipments", range(input.minShipments(), 1, 1, 1_000_000, "input.minShipments"), "skip", offset,
        "limit", range(first, 100, 1, MAX_MATRIX_PAGE, "first")), r -> r);
    List<RegionFlow> items = rows.stream().map(r -> new RegionFlow(Region.from(r.get("origin").asNode()),
        Region.from(r.get("destination").asNode()), r.get("shipments").asLong(), r.get("weightKg").asDouble()))
        .toList();
    return Page.of(items, offset, rows.isEmpty() ? 0 : rows.get(0).get("total").asInt());
  }

  /** One page of an entity's events, oldest first. */
  public Page<TimelineEvent> timeline(String id, TimeWindow window, int offset, Integer first) {
    String entity = entityId(id, "id");
    String[] times = LinkArguments.window(window, "window");
    int limit = range(first, 50, 1, MAX_PAGE, "first");
    List<Record> rows = runner.read("analysis/timeline", parameters("id", entity, "since", times[0],
        "until", times[1], "skip", offset, "limit", limit), r -> r);
    List<TimelineEvent> items = rows.stream().map(r -> new TimelineEvent(
        r.get("at").asZonedDateTime().toOffsetDateTime().toString(), r.get("kind").asString(), node(r.get("subject")),
        node(r.get("counterpart")), r.get("detail").asString(null))).toList();
    return Page.of(items, offset, rows.isEmpty() ? 0 : rows.get(0).get("total").asInt());
  }

  /**
   * A page of {@code size} rows of a script that takes {@code $skip} and {@code $limit}: asked for one row more, which
   * says whether another page follows.
   */
  private <T> Page<T> lookAheadPage(String script, Map<String, Object> parameters, int offset, int size,
      Function<Record, T> mapper) {
    parameters.put("skip", offset);
    parameters.put("limit", size + 1);
    return Page.ofLookAhead(runner.read(script, parameters, mapper), offset, size);
  }

  private void requireKnownRegions(Map<String, String> codesByArgument) {
    Map<String, Boolean> known = new HashMap<>();
    runner.read("analysis/regions-known", Map.of("codes", List.copyOf(codesByArgument.values())),
        r -> known.put(r.get("code").asString(), r.get("known").asBoolean()));
    codesByArgument.forEach((argument, code) -> {
      if (!known.getOrDefault(code, false)) {
        throw new InvalidArgumentException(argument, "no region with code '" + code + "'");
      }
    });
  }

  private static Path path(Record r) {
    return new Path(r.get("hops").asInt(), orderedNodes(r), orderedEdges(r));
  }

  private static List<GraphNode> orderedNodes(Record r) {
    return Subgraph.of(nodes(r.get("nodes")), List.of()).nodes();
  }

  private static List<org.chainbreaker.model.GraphEdge> orderedEdges(Record r) {
    return Subgraph.of(nodes(r.get("nodes")), relationships(r.get("relationships"))).edges();
  }

  private static List<Node> nodes(Value value) {
    return value.asList(Value::asNode);
  }

  private static List<Relationship> relationships(Value value) {
    return value.asList(Value::asRelationship);
  }

  private static GraphNode node(Value value) {
    return value.isNull() ? null : GraphNode.from(value.asNode());
  }

  /** A parameter map from alternating names and values (values may be null, unlike Map.of). */
  static Map<String, Object> parameters(Object... keyValues) {
    Map<String, Object> parameters = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      parameters.put((String) keyValues[i], keyValues[i + 1]);
    }
    return parameters;
  }
}
