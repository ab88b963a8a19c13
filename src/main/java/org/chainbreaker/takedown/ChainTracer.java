package org.chainbreaker.takedown;

import static org.chainbreaker.takedown.TakedownArguments.range;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import java.util.regex.Pattern;
import org.chainbreaker.api.InvalidArgumentException;
import org.chainbreaker.graph.CypherRunner;
import org.chainbreaker.model.GraphNode;
import org.chainbreaker.model.Subgraph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.stereotype.Service;

/**
 * Whole-chain trace: from a seizure, a shipment or a person, follows corroborated parcel hand-overs upstream to the
 * source and downstream to the market, one step per query (scripts {@code cypher/takedown/trace-*}), adds the people
 * who moved money with the chain, and labels every person with their chain stage.
 */
@Service
public class ChainTracer {

  static final int MAX_PEOPLE = 500;
  private static final Pattern START = Pattern.compile("(Seizure|Shipment|Person)/.+");

  private final CypherRunner runner;

  ChainTracer(CypherRunner runner) {
    this.runner = runner;
  }

  /** Traces the chain around the entity; null when there is no such seizure, shipment or person. */
  public ChainTrace trace(TraceInput input) {
    if (input.id() == null || !START.matcher(input.id()).matches()) {
      throw new InvalidArgumentException("input.id", "'" + input.id() + "' cannot start a trace; give a seizure, "
          + "shipment or person id such as Seizure/Z0001, Shipment/SF1234567890 or Person/P000123");
    }
    int windowDays = range(input.windowDays(), 30, 1, 365, "input.windowDays");
    int maxHandOvers = range(input.maxHandOvers(), 4, 1, 8, "input.maxHandOvers");
    int perPerson = range(input.perPerson(), 10, 1, 50, "input.perPerson");
    return runner.readOne("takedown/trace-start", Map.of("id", input.id()), r -> r)
        .map(start -> new Expansion(windowDays, perPerson).run(start, maxHandOvers))
        .orElse(null);
  }


  /** The state of one trace while it grows. */
  private final class Expansion {
    final int windowDays;
    final int perPerson;
    final Map<String, Node> nodes = new LinkedHashMap<>();
    final Map<String, Relationship> relationships = new LinkedHashMap<>();
    final List<ChainStages.Link> links = new ArrayList<>();
    final Map<String, Set<String>> signals = new HashMap<>();
    final Map<String, Node> shipments = new LinkedHashMap<>();
    int persons;
    boolean capped;

    Expansion(int windowDays, int perPerson) {
      this.windowDays = windowDays;
      this.perPerson = perPerson;
    }

    ChainTrace run(Record start, int maxHandOvers) {
      Node startNode = firstNode(start, "seizure", "shipment", "person");
      add(startNode);
      Map<String, String> upstream = new LinkedHashMap<>();
      Map<String, String> downstream = new LinkedHashMap<>();
      if (!start.get("shipment").isNull() && !start.get("sender").isNull()) {
        Node shipment = start.get("shipment").asNode();
        Node sender = start.get("sender").asNode();
        Node receiver = start.get("receiver").asNode();
        handOver(sender, shipment, receiver, start.get("relationships"), List.of("START"));
        upstream.put(uid(sender), time(shipment, "sentAt"));
        downstream.put(uid(receiver), arrival(shipment));
      } else if (!start.get("person").isNull()) {
        Node person = start.get("person").asNode();
        signals.computeIfAbsent(uid(person), k -> new TreeSet<>()).add("START");
        upstream.put(uid(person), null);
        downstream.put(uid(person), null);
      }
      start.get("relationships").asList(Value::asRelationship).forEach(r -> relationships.put(r.elementId(), r));
      follow(upstream, "takedown/trace-upstream", "before", "sender", maxHandOvers, true);
      follow(downstream, "takedown/trace-downstream", "after", "receiver", maxHandOvers, false);
      return result(startNode);
    }

    /** Breadth-first steps in one direction; each step is one query for the whole frontier. */
    void follow(Map<String, String> frontier, String script, String timeKey, String otherKey, int steps,
        boolean towardsSource) {
      Set<String> visited = new HashSet<>(frontier.keySet());
      for (int step = 0; step < steps && !frontier.isEmpty(); step++) {
        Map<String, Object> parameters = HandOverSteps.parameters(frontier, timeKey, windowDays, shipments.keySet(),
            perPerson);
        Map<String, String> next = new LinkedHashMap<>();
        // Upstream, a person's parcel must have arrived before the latest one they sent on; downstream, they may
        // send on after the earliest one that reached them.
        BinaryOperator<String> widest = towardsSource ? ChainTracer::later : ChainTracer::earlier;
        for (Record row : runner.read(script, parameters, r -> r)) {
          Node shipment = row.get("shipment").asNode();
          Node other = row.get(otherKey).asNode();
          if (persons >= MAX_PEOPLE && !nodes.containsKey(uid(other))) {
            capped = true;
            return;
          }
          Node person = nodes.get(row.get("person").asString());
          List<String> evidence = row.get("signals").asList(Value::asString);
          if (towardsSource) {
            handOver(other, shipment, person, row.get("relationships"), evidence);
          } else {
            handOver(person, shipment, other, row.get("relationships"), evidence);
          }
          if (visited.add(uid(other)) || next.containsKey(uid(other))) {
            next.merge(uid(other), towardsSource ? time(shipment, "sentAt") : arrival(shipment), widest);
          }
        }
        frontier = next;
      }
      // Out of steps: capped only if one more step would have found something.
      if (!frontier.isEmpty() && !capped) {
        capped = !runner.read(script, HandOverSteps.parameters(frontier, timeKey, windowDays, shipments.keySet(),
            perPerson), r -> r).isEmpty();
      }
    }

    /**
     * @param evidence about both ends (START, or the scripts' CALLS, MONEY, TIES, SEIZED); SUSPECT and ALIAS are about
     *     one person and are credited to them alone, here (ALIAS) and in {@link #result} (SUSPECT)
     */
    void handOver(Node sender, Node shipment, Node receiver, Value rels, List<String> evidence) {
      add(sender);
      add(shipment);
      add(receiver);
      shipments.put(uid(shipment), shipment);
      rels.asList(Value::asRelationship).forEach(r -> relationships.put(r.elementId(), r));
      links.add(new ChainStages.Link(uid(sender), uid(receiver)));
      signals.computeIfAbsent(uid(sender), k -> new TreeSet<>()).addAll(evidence);
      signals.computeIfAbsent(uid(receiver), k -> new TreeSet<>()).addAll(evidence);
      if (otherName(shipment, "senderName", sender)) {
        signals.get(uid(sender)).add("ALIAS");
      }
      if (otherName(shipment, "receiverName", receiver)) {
        signals.get(uid(receiver)).add("ALIAS");
      }
    }

    void add(Node node) {
      if (nodes.putIfAbsent(uid(node), node) == null && node.hasLabel("Person")) {
        persons++;
      }
    }

    ChainTrace result(Node startNode) {
      List<String> people = nodes.values().stream().filter(n -> n.hasLabel("Person")).map(ChainTracer::uid).toList();
      Map<String, String> homes = new HashMap<>();
      Set<String> sourceHints = new HashSet<>();
      Map<String, String> finance = new LinkedHashMap<>();
      if (!people.isEmpty()) {
        runner.read("takedown/trace-suspects", Map.of("uids", people), r ->
            signals.computeIfAbsent(r.get("uid").asString(), k -> new TreeSet<>()).add("SUSPECT"));
        runner.read("takedown/trace-homes", Map.of("uids", people), r -> {
          homes.put(r.get("uid").asString(), r.get("region").asString());
          if (r.get("foreign").asBoolean() || r.get("lab").asBoolean()) {
            sourceHints.add(r.get("uid").asString());
          }
          return r;
        });
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("uids", people);
        parameters.put("minLinks", 2);
        parameters.put("limit", 10);
        runner.read("takedown/trace-finance", parameters, r -> {
          Node payer = r.get("person").asNode();
          add(payer);
          r.get("nodes").asList(Value::asNode).forEach(this::add);
          r.get("relationships").asList(Value::asRelationship).forEach(rel -> relationships.put(rel.elementId(), rel));
          finance.put(uid(payer), "money with " + r.get("links").asInt() + " of the chain, "
              + r.get("amount").asDouble() + " in all");
          return r;
        });
        if (!finance.isEmpty()) {
          runner.read("takedown/trace-homes", Map.of("uids", List.copyOf(finance.keySet())), r ->
              homes.put(r.get("uid").asString(), r.get("region").asString()));
        }
      }
      Map<String, ChainStage> stages = ChainStages.of(links, sourceHints, finance.keySet());
      Subgraph subgraph = Subgraph.of(nodes.values(), relationships.values());
      Map<String, GraphNode> graphNodes = new HashMap<>();
      subgraph.nodes().forEach(n -> graphNodes.put(n.id(), n));
      List<ChainMember> members = stages.entrySet().stream()
          .sorted(Comparator.<Map.Entry<String, ChainStage>, ChainStage>comparing(Map.Entry::getValue)
              .thenComparing(Map.Entry::getKey))
          .map(e -> new ChainMember(graphNodes.get(e.getKey()), e.getValue(), homes.get(e.getKey()),
              finance.containsKey(e.getKey()) ? List.of("MONEY") : List.copyOf(signals.getOrDefault(e.getKey(), Set.of()))))
          .toList();
      return figures(GraphNode.from(startNode), subgraph, members);
    }

    ChainTrace figures(GraphNode start, Subgraph subgraph, List<ChainMember> members) {
      double weight = 0;
      List<String> times = new ArrayList<>();
      for (Node shipment : shipments.values()) {
        weight += shipment.get("weightKg").isNull() ? 0 : shipment.get("weightKg").asDouble();
        times.add(time(shipment, "sentAt"));
      }
      times.sort(Comparator.comparing(ZonedDateTime::parse));
      String first = times.isEmpty() ? null : times.get(0);
      String last = times.isEmpty() ? null : times.get(times.size() - 1);
      weight = Math.round(weight * 100) / 100.0;
      return new ChainTrace(start, subgraph, members, shipments.size(), weight, first, last,
          TraceSummary.of(start, members, shipments.size(), weight, first, last, capped), capped);
    }
  }

  private static Node firstNode(Record record, String... keys) {
    for (String key : keys) {
      if (!record.get(key).isNull()) {
        return record.get(key).asNode();
      }
    }
    throw new IllegalStateException("trace-start returned no node");
  }

  static String uid(Node node) {
    return node.get("uid").asString();
  }

  /** Whether the waybill names the person otherwise than their registered name (the scripts' ALIAS). */
  private static boolean otherName(Node shipment, String key, Node person) {
    Value name = shipment.get(key);
    String own = person.get("name").asString(null);
    return !name.isNull() && own != null && !name.asString().equals(own);
  }

  private static String time(Node node, String key) {
    return node.get(key).asZonedDateTime().toOffsetDateTime().toString();
  }

  private static String arrival(Node shipment) {
    return shipment.get("receivedAt").isNull() ? time(shipment, "sentAt") : time(shipment, "receivedAt");
  }

  private static String later(String a, String b) {
    return ZonedDateTime.parse(a).isAfter(ZonedDateTime.parse(b)) ? a : b;
  }

  private static String earlier(String a, String b) {
    return ZonedDateTime.parse(a).isBefore(ZonedDateTime.parse(b)) ? a : b;
  }
}
