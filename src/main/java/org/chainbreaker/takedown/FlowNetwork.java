package org.chainbreaker.takedown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * The parcel network between sources and markets as a flow network (JGraphT): each person is split into an "in" and
 * an "out" vertex joined by an edge of capacity 1 (or unlimited for people who must not be arrested), so a minimum
 * cut of the network is a minimum set of people. For the flow in parcels that edge carries at most the parcels the
 * person handles on the routes: that never limits anyone else's flow, but it makes a person who is both a source and
 * a market (a region inside the other, or the same ids given twice) a route of their own that carries their parcels
 * instead of an unlimited amount. Pure computation: no database.
 */
final class FlowNetwork {

  /** Parcels sent from one person to another. */
  record HandOver(String sender, String receiver, int shipments) {}

  /** A plan: the people to arrest, and the source-to-market flow (parcels) before and after. */
  record Plan(List<String> people, long flowBefore, long flowAfter, Map<String, Long> carried) {}

  private static final double UNLIMITED = 1e12;
  private static final String SOURCE = "\u0000source";
  private static final String SINK = "\u0000sink";

  private final List<HandOver> handOvers;
  private final Set<String> sources;
  private final Set<String> markets;
  private final Set<String> protectedPeople;

  FlowNetwork(List<HandOver> handOvers, Set<String> sources, Set<String> markets, Set<String> protectedPeople) {
    this.handOvers = onRoutes(handOvers, sources, markets);
    this.sources = Set.copyOf(sources);
    this.markets = Set.copyOf(markets);
    this.protectedPeople = Set.copyOf(protectedPeople);
  }

  /** Only the hand-overs on some route from a source to a market: the rest can neither carry flow nor be cut. */
  private static List<HandOver> onRoutes(List<HandOver> handOvers, Set<String> sources, Set<String> markets) {
    Map<String, Set<String>> forward = new HashMap<>();
    Map<String, Set<String>> backward = new HashMap<>();
    for (HandOver h : handOvers) {
      forward.computeIfAbsent(h.sender(), k -> new HashSet<>()).add(h.receiver());
      backward.computeIfAbsent(h.receiver(), k -> new HashSet<>()).add(h.sender());
    }
    Set<String> fromSources = reach(sources, forward);
    Set<String> toMarkets = reach(markets, backward);
    return handOvers.stream().filter(h -> fromSources.contains(h.sender()) && toMarkets.contains(h.receiver()))
        .toList();
  }

  private static Set<String> reach(Set<String> start, Map<String, Set<String>> next) {
    Set<String> seen = new HashSet<>(start);
    java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(start);
    while (!queue.isEmpty()) {
      for (String person : next.getOrDefault(queue.poll(), Set.of())) {
        if (seen.add(person)) {
          queue.add(person);
        }
      }
    }
    return seen;
  }

  /** Everyone in the network. */
  Set<String> people() {
    Set<String> people = new LinkedHashSet<>();
    handOvers.forEach(h -> {
      people.add(h.sender());
      people.add(h.receiver());
    });
    people.addAll(sources);
    people.addAll(markets);
    return people;
  }

  /** Parcels that can still get from the sources to the markets when {@code removed} are arrested (max-flow). */
  long flow(Set<String> removed) {
    var graph = build(removed, false);
    return Math.round(new PushRelabelMFImpl<>(graph).getMaximumFlowValue(SOURCE, SINK));
  }

  /**
   * The minimum set of people whose arrest disconnects every source from every market, or null when that cannot
   * be done without a protected person (or there is nothing to disconnect).
   */
  Plan minimumCut() {
    long before = flow(Set.of());
    if (before == 0) {
      return new Plan(List.of(), 0, 0, Map.of());
    }
    var graph = build(Set.of(), true);
    var cutter = new PushRelabelMFImpl<>(graph);
    double value = cutter.calculateMinCut(SOURCE, SINK);
    if (value >= UNLIMITED) {
      return null;
    }
    List<String> people = new ArrayList<>();
    for (DefaultWeightedEdge edge : cutter.getCutEdges()) {
      String from = graph.getEdgeSource(edge);
      if (from.endsWith(">in")) {
        people.add(from.substring(0, from.length() - 3));
      }
    }
    people.sort(Comparator.naturalOrder());
    return new Plan(people, before, flow(Set.copyOf(people)), carried(people));
  }

  /**
   * Under a budget, the people whose arrest removes the most flow: greedily, each time the person (of those parcels
   * still flow through) whose removal leaves the least flow (ties: the one carrying most, then by id, so the answer is
   * deterministic); no one more once no parcel gets through.
   */
  Plan mostFlowRemoved(int budget) {
    long before = flow(Set.of());
    Set<String> chosen = new LinkedHashSet<>();
    Map<String, Long> carried = carried(people());
    for (int i = 0; i < budget; i++) {
      String best = null;
      long bestFlow = Long.MAX_VALUE;
      for (String person : carrying(chosen)) {
        if (protectedPeople.contains(person)) {
          continue;
        }
        Set<String> trial = new HashSet<>(chosen);
        trial.add(person);
        long left = flow(trial);
        if (left < bestFlow || (left == bestFlow && best != null && prefer(person, best, carried))) {
          best = person;
          bestFlow = left;
        }
      }
      if (best == null) {
        break;
      }
      chosen.add(best);
      if (bestFlow == 0) {
        break;
      }
    }
    return new Plan(List.copyOf(chosen), before, flow(chosen), carried(chosen));
  }

  /**
   * The people parcels flow through in a maximum flow with {@code removed} arrested. Only their arrest can lower that
   * flow (the same flow stays possible without anyone else), so the budget plan tries only them: at demo scale 30 that
   * is a few dozen max-flows per pick instead of one per person of the network.
   */
  private Set<String> carrying(Set<String> removed) {
    var graph = build(removed, false);
    var maximumFlow = new PushRelabelMFImpl<>(graph);
    maximumFlow.calculateMaximumFlow(SOURCE, SINK);
    Map<DefaultWeightedEdge, Double> flows = maximumFlow.getFlowMap();
    Set<String> carrying = new LinkedHashSet<>();
    for (String person : people()) {
      DefaultWeightedEdge through = graph.getEdge(person + ">in", person + ">out");
      if (through != null && flows.getOrDefault(through, 0.0) > 0.5) {
        carrying.add(person);
      }
    }
    return carrying;
  }

  private static boolean prefer(String candidate, String best, Map<String, Long> carried) {
    int byFlow = Long.compare(carried.getOrDefault(candidate, 0L), carried.getOrDefault(best, 0L));
    return byFlow > 0 || (byFlow == 0 && candidate.compareTo(best) < 0);
  }

  /**
   * Parcels each person handles on routes from the sources to the markets: the larger of what they receive and what
   * they send there (a source only sends, a market only receives).
   */
  Map<String, Long> carried(Iterable<String> people) {
    Map<String, Long> in = new HashMap<>();
    Map<String, Long> out = new HashMap<>();
    for (HandOver h : handOvers) {
      out.merge(h.sender(), (long) h.shipments(), Long::sum);
      in.merge(h.receiver(), (long) h.shipments(), Long::sum);
    }
    Map<String, Long> carried = new HashMap<>();
    for (String person : people) {
      carried.put(person, Math.max(in.getOrDefault(person, 0L), out.getOrDefault(person, 0L)));
    }
    return carried;
  }

  /**
   * @param unitPeople person capacity 1 (for the minimum cut in people) instead of the parcels they handle (for the
   *     flow in parcels)
   */
  private SimpleDirectedWeightedGraph<String, DefaultWeightedEdge> build(Set<String> removed, boolean unitPeople) {
    var graph = new SimpleDirectedWeightedGraph<String, DefaultWeightedEdge>(DefaultWeightedEdge.class);
    graph.addVertex(SOURCE);
    graph.addVertex(SINK);
    Set<String> people = people();
    Map<String, Long> handled = carried(people);
    for (String person : people) {
      long parcels = handled.get(person);
      // Someone who handles no parcel on the routes (a source or market no route touches) carries no flow and
      // needs no arrest, even when they are both a source and a market.
      if (removed.contains(person) || parcels == 0) {
        continue;
      }
      graph.addVertex(person + ">in");
      graph.addVertex(person + ">out");
      // In parcels, a person's edge holds what they handle: what a non-market sends on and what a non-source
      // receives bound their flow already, so this bound only ever binds a source that is also a market.
      double capacity = unitPeople ? (protectedPeople.contains(person) ? UNLIMITED : 1) : parcels;
      graph.setEdgeWeight(graph.addEdge(person + ">in", person + ">out"), capacity);
      if (sources.contains(person)) {
        graph.setEdgeWeight(graph.addEdge(SOURCE, person + ">in"), UNLIMITED);
      }
      if (markets.contains(person)) {
        graph.setEdgeWeight(graph.addEdge(person + ">out", SINK), UNLIMITED);
      }
    }
    Map<String, Integer> parcels = new HashMap<>();
    for (HandOver h : handOvers) {
      if (!h.sender().equals(h.receiver())) {
        parcels.merge(h.sender() + "\n" + h.receiver(), h.shipments(), Integer::sum);
      }
    }
    parcels.forEach((pair, count) -> {
      String[] ends = pair.split("\n");
      if (graph.containsVertex(ends[0] + ">out") && graph.containsVertex(ends[1] + ">in")) {
        graph.setEdgeWeight(graph.addEdge(ends[0] + ">out", ends[1] + ">in"), unitPeople ? UNLIMITED : count);
      }
    });
    return graph;
  }
}
