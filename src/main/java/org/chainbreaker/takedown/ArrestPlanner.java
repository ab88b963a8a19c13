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

  /** Most sources, markets or excluded people one plan takes. */
  static final int MAX_PEOPLE = 200;

  private final CypherRunner runner;

  ArrestPlanner(CypherRunner runner) {
    this.runner = runner;
  }

  /** Plans the arrests that disconnect the sources from the markets. */
  public ArrestPlan plan(ArrestPlanInput input) {
    int maxHops = range(input.maxHops(), 6, 1, 10, "input.maxHops");
    Integer budget = input.budget() == null ? null : range(input.budget(), 1, 1, 50, "input.budget");
    Set<String> sources = people(input.sourceIds(), input.sourceRegion(), "sourceIds", "sourceRegion");
    Set<String> markets = people(input.marketIds(), input.marketRegion(), "marketIds", "marketRegion");
    Set<String> excluded = input.exclude() == null || input.exclude().isEmpty() ? Set.of()
        : Set.copyOf(personIds(input.exclude(), MAX_PEOPLE, "input.exclude"));

    ParcelRoutes routes = ParcelRoutes.collect(runner, sources, markets, maxHops);
    Map<String, Node> nodes = routes.nodes();
    List<FlowNetwork.HandOver> handOvers = routes.handOvers();
    FlowNetwork network = new FlowNetwork(handOvers, sources, markets, excluded);
    Map<String, GraphNode> people = people(network.people(), nodes);
    long before = network.flow(Set.of());
    FlowNetwork.Plan cut = network.minimumCut();
    ArrestSet minimumCut = cut == null ? null : arrests(cut, people);
    ArrestSet withinBudget = null;
    if (budget != null) {
      withinBudget = arrests(network.mostFlowRemoved(budget), people);
    }
    Set<String> receivers = new HashSet<>();
    handOvers.forEach(h -> receivers.add(h.receiver()));
    Set<String> reached = new LinkedHashSet<>(markets);
    reached.retainAll(receivers);
    return new ArrestPlan(sources.stream().map(people::get).toList(), reached.stream().map(people::get).toList(),
        before, minimumCut, withinBudget, Subgraph.of(nodes.values(), routes.relationships()));
  }

  private static ArrestSet arrests(FlowNetwork.Plan plan, Map<String, GraphNode> people) {
    List<PlannedArrest> arrests = plan.people().stream().map(uid -> {
      long carried = plan.carried().getOrDefault(uid, 0L);
      return new PlannedArrest(people.get(uid), carried, "handles " + carried + " parcels on routes from the sources "
          + "to the markets (" + plan.flowBefore() + " can get through now)");
    }).toList();
    return new ArrestSet(arrests.size(), arrests, plan.flowAfter());
  }

  /** Graph nodes for every person of the network, loading those the hand-overs did not bring (the sources). */
  private Map<String, GraphNode> people(Set<String> uids, Map<String, Node> nodes) {
    List<String> missing = uids.stream().filter(uid -> !nodes.containsKey(uid)).toList();
    if (!missing.isEmpty()) {
      runner.read("takedown/persons", Map.of("uids", missing), r -> nodes.putIfAbsent(uid(r.get("person").asNode()),
          r.get("person").asNode()));
    }
    Map<String, GraphNode> people = new HashMap<>();
    uids.forEach(uid -> {
      Node node = nodes.get(uid);
      if (node != null) {
        people.put(uid, GraphNode.from(node));
      }
    });
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
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("code", region.strip());
    parameters.put("limit", 200);
    Record row = runner.readOne("takedown/region-suspects", parameters, r -> r).orElseThrow();
    if (!row.get("known").asBoolean()) {
      throw new InvalidArgumentException("input." + regionArgument, "no region with code '" + region + "'");
    }
    List<String> uids = row.get("uids").asList(Value::asString);
    if (uids.isEmpty()) {
      throw new InvalidArgumentException("input." + regionArgument, "no suspects, known gang members or site "
          + "operators live in region '" + region + "'; give " + idsArgument + " instead");
    }
    return new LinkedHashSet<>(uids);
  }

  private static String uid(Node node) {
    return node.get("uid").asString();
  }
}
