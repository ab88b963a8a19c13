package org.chainbreaker.takedown;

import static org.chainbreaker.takedown.TakedownArguments.personIds;
import static org.chainbreaker.takedown.TakedownArguments.range;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainbreaker.api.InvalidArgumentException;
import org.chainbreaker.graph.CypherRunner;
import org.chainbreaker.model.GraphNode;
import org.chainbreaker.model.Subgraph;
import org.chainbreaker.takedown.ArrestPlan.ArrestSet;
import org.chainbreaker.takedown.ArrestPlan.PlannedArrest;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Service;

/** Arrest plans: collects the {@link ParcelRoutes} from the sources, then cuts them with {@link FlowNetwork}. */
@Service
public class ArrestPlanner {

  /** Most sources, markets or excluded people one plan takes as ids. */
  static final int MAX_PEOPLE = 200;
  /**
   * Most people a source or market region may stand for. All of them are taken, never the first so many: a region
   * holding more is refused rather than cut short. At demo scale 1 the busiest province holds 27, so about 270 at
   * scale 10.
   */
  /** Hand-overs followed from the sources when the input gives no maxHops (the SDL's default too). */
  static final int DEFAULT_MAX_HOPS = 6;

  static final int MAX_REGION_PEOPLE = 1_000;

  private final CypherRunner runner;
  private final TakedownProperties properties;

  ArrestPlanner(CypherRunner runner, TakedownProperties properties) {
    this.runner = runner;
    this.properties = properties;
  }

  /** Plans the arrests that disconnect the sources from the markets. */
  public ArrestPlan plan(ArrestPlanInput input) {
    int maxHops = range(input.maxHops(), DEFAULT_MAX_HOPS, 1, 10, "input.maxHops");
    Integer budget = input.budget() == null ? null : range(input.budget(), 1, 1, 50, "input.budget");
    Set<String> sources = people(input.sourceIds(), input.sourceRegion(), "sourceIds", "sourceRegion");
    Set<String> markets = people(input.marketIds(), input.marketRegion(), "marketIds", "marketRegion");
    // Unknown ids are left out (README, "Errors and limits"): the plan is made for the people that exist.
    Map<String, Node> known = new HashMap<>();
    Set<String> given = new LinkedHashSet<>(sources);
    given.addAll(markets);
    runner.read("takedown/persons", Map.of("uids", List.copyOf(given)), r -> known.put(uid(r.get("person").asNode()),
        r.get("person").asNode()));
    sources.retainAll(known.keySet());
    markets.retainAll(known.keySet());
    Set<String> excluded = input.exclude() == null || input.exclude().isEmpty() ? Set.of()
        : Set.copyOf(personIds(input.exclude(), MAX_PEOPLE, "input.exclude"));

    ParcelRoutes routes = ParcelRoutes.collect(runner, sources, markets, maxHops, properties.maxRouteParcels());
    Map<String, Node> nodes = routes.nodes();
    known.forEach(nodes::putIfAbsent);
    List<FlowNetwork.HandOver> handOvers = routes.handOvers();
    FlowNetwork network = new FlowNetwork(handOvers, sources, markets, excluded);
    Map<String, GraphNode> people = people(network.people(), nodes);
    long before = network.flow(Set.of());
    FlowNetwork.Plan cut = network.minimumCut();
    ArrestSet minimumCut = cut == null ? null : arrests(cut, people, routes.capped());
    ArrestSet withinBudget = null;
    if (budget != null) {
      withinBudget = arrests(network.mostFlowRemoved(budget), people, routes.capped());
    }
    Set<String> receivers = new HashSet<>();
    handOvers.forEach(h -> receivers.add(h.receiver()));
    Set<String> reached = new LinkedHashSet<>(markets);
    reached.retainAll(receivers);
    return new ArrestPlan(sources.stream().map(people::get).toList(), reached.stream().map(people::get).toList(),
        before, minimumCut, withinBudget, Subgraph.of(nodes.values(), routes.relationships()), routes.capped(),
        routes.describe("maxHops"));
  }

  /** @param capped the plan read part of the routes: its figures hold for those, and the reasons say so */
  private static ArrestSet arrests(FlowNetwork.Plan plan, Map<String, GraphNode> people, boolean capped) {
    List<PlannedArrest> arrests = plan.people().stream().map(uid -> {
      long carried = plan.carried().getOrDefault(uid, 0L);
      String reason = capped
          ? "handles " + carried + " parcels on the routes read from the sources to the markets (" + plan.flowBefore()
              + " can get through on them now; the plan read only part of the routes: see routesRead)"
          : "handles " + carried + " parcels on routes from the sources to the markets (" + plan.flowBefore()
              + " can get through now)";
      return new PlannedArrest(people.get(uid), carried, reason);
    }).toList();
    return new ArrestSet(arrests.size(), arrests, plan.flowAfter());
  }

  /** Graph nodes for every person of the network: the hand-overs brought them, or they are a known source or market. */
  private static Map<String, GraphNode> people(Set<String> uids, Map<String, Node> nodes) {
    Map<String, GraphNode> people = new HashMap<>();
    uids.forEach(uid -> people.put(uid, GraphNode.from(nodes.get(uid))));
    return people;
  }

  private Set<String> people(List<String> ids, String region, String idsArgument, String regionArgument) {
    if ((ids == null || ids.isEmpty()) == (region == null || region.isBlank())) {
      throw new InvalidArgumentException("input." + idsArgument, "give either " + idsArgument + " or "
          + regionArgument + ", not both and not neither");
    }
    if (ids != null && !ids.isEmpty()) {
      return new LinkedHashSet<>(personIds(ids, MAX_PEOPLE, "input." + idsArgument));
    }
    Record row = runner.readOne("takedown/region-suspects", Map.of("code", region.strip()), r -> r).orElseThrow();
    if (!row.get("known").asBoolean()) {
      throw new InvalidArgumentException("input." + regionArgument, "no region with code '" + region + "'");
    }
    List<String> uids = row.get("uids").asList(Value::asString);
    if (uids.isEmpty()) {
      throw new InvalidArgumentException("input." + regionArgument, "no suspects, known gang members or site "
          + "operators live in region '" + region + "'; give " + idsArgument + " instead");
    }
    if (uids.size() > MAX_REGION_PEOPLE) {
      throw new InvalidArgumentException("input." + regionArgument, "region '" + region + "' holds " + uids.size()
          + " suspects, known gang members, site operators and people using other names, more than the "
          + MAX_REGION_PEOPLE + " one plan can take; give a smaller region or " + idsArgument);
    }
    return new LinkedHashSet<>(uids);
  }

  private static String uid(Node node) {
    return node.get("uid").asString();
  }
}
