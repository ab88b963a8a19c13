package org.chainbreaker.takedown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainbreaker.graph.CypherRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

/**
 * The parcel hand-overs leading from the sources towards the markets: the downstream step of the whole-chain trace,
 * without its time window and following every parcel (a route counts only if it ends at a market, and evidence is
 * too thin to rule out the unknown middlemen a chain relies on), one query per hop.
 *
 * @param handOvers parcels per sender and receiver
 * @param nodes the people and shipments found, by id
 * @param relationships their SENT and ADDRESSED_TO edges
 */
record ParcelRoutes(List<FlowNetwork.HandOver> handOvers, Map<String, Node> nodes, List<Relationship> relationships) {

  static final int MAX_PEOPLE = 2_000;

  static ParcelRoutes collect(CypherRunner runner, Set<String> sources, Set<String> markets, int maxHops) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    Map<String, Relationship> relationships = new LinkedHashMap<>();
    Map<String, Integer> parcels = new LinkedHashMap<>();
    Set<String> shipments = new LinkedHashSet<>();
    Set<String> visited = new HashSet<>(sources);
    List<String> frontier = new ArrayList<>(sources);
    for (int hop = 0; hop < maxHops && !frontier.isEmpty() && visited.size() < MAX_PEOPLE; hop++) {
      Map<String, String> anyTime = new LinkedHashMap<>();
      frontier.forEach(uid -> anyTime.put(uid, null));
      Map<String, Object> parameters = HandOverSteps.parameters(anyTime, "after", null, shipments, 200, true);
      List<String> next = new ArrayList<>();
      for (Record row : runner.read("takedown/trace-downstream", parameters, r -> r)) {
        Node shipment = row.get("shipment").asNode();
        Node receiver = row.get("receiver").asNode();
        String sender = row.get("person").asString();
        shipments.add(uid(shipment));
        nodes.putIfAbsent(uid(shipment), shipment);
        nodes.putIfAbsent(uid(receiver), receiver);
        row.get("relationships").asList(Value::asRelationship).forEach(r -> relationships.put(r.elementId(), r));
        parcels.merge(sender + "\n" + uid(receiver), 1, Integer::sum);
        // The chain ends at a market: do not follow what markets send on.
        if (visited.add(uid(receiver)) && !markets.contains(uid(receiver))) {
          next.add(uid(receiver));
        }
      }
      frontier = next;
    }
    List<FlowNetwork.HandOver> handOvers = new ArrayList<>();
    parcels.forEach((pair, count) -> {
      String[] ends = pair.split("\n");
      handOvers.add(new FlowNetwork.HandOver(ends[0], ends[1], count));
    });
    return new ParcelRoutes(handOvers, nodes, List.copyOf(relationships.values()));
  }

  private static String uid(Node node) {
    return node.get("uid").asString();
  }
}
