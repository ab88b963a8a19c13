package org.chainbreaker.takedown;

import static org.chainbreaker.takedown.TakedownArguments.personIds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chainbreaker.graph.CypherRunner;
import org.chainbreaker.model.Gang;
import org.chainbreaker.model.GraphNode;
import org.chainbreaker.takedown.TakedownSimulation.GangCohesion;
import org.chainbreaker.takedown.TakedownSimulation.NetworkState;
import org.chainbreaker.takedown.TakedownSimulation.Succession;
import org.chainbreaker.takedown.TakedownSimulation.SuccessorCandidate;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Takedown simulation: projects the scope's contact graph with and without the people arrested (GDS), compares
 * connected components and each gang's cohesion, asks GDS node similarity who could take over, and, given sources
 * and markets, measures the parcels that could still get through ({@link ParcelRoutes}, {@link FlowNetwork}).
 */
@Service
public class TakedownSimulator {

  static final int SUCCESSORS = 3;
  /** Hand-overs the source-to-market parcels are followed for: an arrest plan's default maxHops. */
  static final int MAX_HOPS = ArrestPlanner.DEFAULT_MAX_HOPS;

  private final CypherRunner runner;
  private final TakedownProperties properties;

  TakedownSimulator(CypherRunner runner, TakedownProperties properties) {
    this.runner = runner;
    this.properties = properties;
  }

  /** Simulates arresting the input's people. */
  public TakedownSimulation simulate(TakedownSimulationInput input) {
    Set<String> removed = new LinkedHashSet<>(people(input.remove(), "input.remove"));
    Map<String, GraphNode> nodes = nodes(new ArrayList<>(removed));
    // Ids not in the graph are left out; people arrested outside the scope still count: they are added to it.
    removed.retainAll(nodes.keySet());
    Set<String> scoped = new LinkedHashSet<>(scope(input));
    scoped.addAll(removed);
    List<String> scope = List.copyOf(scoped);
    List<String> remaining = scope.stream().filter(id -> !removed.contains(id)).toList();
    Map<String, Long> componentsBefore = components(scope);
    Map<String, Long> componentsAfter = components(remaining);
    Map<String, List<String>> gangMembers = new LinkedHashMap<>();
    Map<String, Gang> gangs = new HashMap<>();
    runner.read("takedown/simulation-gangs", Map.of("ids", scope), r -> {
      Gang gang = Gang.from(r.get("gang").asNode());
      gangs.put(gang.id(), gang);
      return gangMembers.computeIfAbsent(gang.id(), k -> new ArrayList<>()).add(r.get("id").asString());
    });
    List<GangCohesion> cohesion = new ArrayList<>();
    gangMembers.forEach((gangId, members) -> {
      List<String> left = members.stream().filter(m -> !removed.contains(m)).toList();
      cohesion.add(new GangCohesion(gangs.get(gangId), members.size(), left.size(),
          cohesion(members, componentsBefore), cohesion(left, componentsAfter)));
    });
    Long flowBefore = null;
    Long flowAfter = null;
    ParcelRoutes routes = null;
    if (input.sourceIds() != null || input.marketIds() != null) {
      Set<String> sources = Set.copyOf(people(input.sourceIds(), "input.sourceIds"));
      Set<String> markets = Set.copyOf(people(input.marketIds(), "input.marketIds"));
      routes = ParcelRoutes.collect(runner, sources, markets, MAX_HOPS, properties.maxRouteParcels());
      FlowNetwork network = new FlowNetwork(routes.handOvers(), sources, markets, Set.of());
      flowBefore = network.flow(Set.of());
      flowAfter = network.flow(removed);
    }
    return new TakedownSimulation(removed.stream().map(nodes::get).toList(),
        state(componentsBefore, flowBefore), state(componentsAfter, flowAfter), cohesion,
        successors(scope, removed, nodes), routes == null ? null : routes.capped(),
        routes == null ? null : routes.describe("the most a simulation follows"));
  }

  private List<Succession> successors(List<String> scope, Set<String> removed, Map<String, GraphNode> nodes) {
    Map<String, List<SuccessorCandidate>> candidates = new LinkedHashMap<>();
    Map<String, String> roles = new HashMap<>();
    removed.forEach(id -> candidates.put(id, new ArrayList<>()));
    Optional<ContactGraph> projection = ContactGraph.project(runner, scope);
    if (projection.isPresent()) {
      try (ContactGraph graph = projection.get()) {
        graph.run("takedown/simulation-successors", Map.of("removed", List.copyOf(removed), "topK", 20), r -> {
          List<SuccessorCandidate> list = candidates.get(r.get("removed").asString());
          List<String> shared = r.get("sharedGangs").asList(Value::asString);
          if (!r.get("role").isNull()) {
            roles.putIfAbsent(r.get("removed").asString(), r.get("role").asString());
          }
          if (list.size() < SUCCESSORS) {
            double similarity = Math.round(r.get("similarity").asDouble() * 1000) / 1000.0;
            list.add(new SuccessorCandidate(GraphNode.from(r.get("candidate").asNode()), similarity,
                (shared.isEmpty() ? "no shared known gang" : "same gang " + String.join(", ", shared))
                    + String.format(Locale.ROOT, "; %.0f%% of their contacts in common", similarity * 100)));
          }
          return r;
        });
      }
    }
    List<Succession> successions = new ArrayList<>();
    candidates.forEach((id, list) -> {
      if (nodes.containsKey(id)) {
        successions.add(new Succession(nodes.get(id), roles.get(id), List.copyOf(list)));
      }
    });
    return successions;
  }

  /** Component of every person of the scope with contacts in it; people without contacts are their own component. */
  private Map<String, Long> components(List<String> persons) {
    Map<String, Long> components = new HashMap<>();
    Optional<ContactGraph> projection = ContactGraph.project(runner, persons);
    if (projection.isPresent()) {
      try (ContactGraph graph = projection.get()) {
        graph.run("takedown/simulation-components", Map.of(), r ->
            components.put(r.get("id").asString(), r.get("component").asLong()));
      }
    }
    long isolated = -1;
    for (String person : persons) {
      if (!components.containsKey(person)) {
        components.put(person, isolated--);
      }
    }
    return components;
  }

  private static NetworkState state(Map<String, Long> components, Long flow) {
    Map<Long, Integer> sizes = new HashMap<>();
    components.values().forEach(c -> sizes.merge(c, 1, Integer::sum));
    int largest = sizes.values().stream().max(Comparator.naturalOrder()).orElse(0);
    return new NetworkState(components.size(), sizes.size(), largest, flow);
  }

  /** Share of the members in the component holding most of them (1 = all connected, 0 = none left). */
  private static double cohesion(List<String> members, Map<String, Long> components) {
    if (members.isEmpty()) {
      return 0;
    }
    Map<Long, Integer> byComponent = new HashMap<>();
    members.forEach(m -> byComponent.merge(components.get(m), 1, Integer::sum));
    int most = byComponent.values().stream().max(Comparator.naturalOrder()).orElse(0);
    return Math.round(1000.0 * most / members.size()) / 1000.0;
  }

  /** The scope's people; the whole graph is not offered (two projections of it would outlast a request). */
  private List<String> scope(TakedownSimulationInput input) {
    return TakedownScope.withoutWholeGraph(input.gangId(), input.regionCode(), input.personIds()).persons(runner)
        .orElseThrow();
  }

  private Map<String, GraphNode> nodes(List<String> ids) {
    Map<String, GraphNode> nodes = new HashMap<>();
    runner.read("takedown/persons", Map.of("uids", ids), r -> {
      GraphNode node = GraphNode.from(r.get("person").asNode());
      return nodes.put(node.id(), node);
    });
    return nodes;
  }

  private static List<String> people(List<String> ids, String argument) {
    return personIds(ids == null ? List.of() : ids, TakedownScope.MAX_PERSON_IDS, argument);
  }

}
