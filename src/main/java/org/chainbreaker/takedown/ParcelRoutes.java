package org.chainbreaker.takedown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.chainbreaker.graph.CypherRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

/**
 * The parcel hand-overs leading from the sources towards the markets, one query per hand-over (script
 * {@code cypher/takedown/parcel-routes}): every parcel, at any time and corroborated or not (a route counts only if it
 * ends at a market, and evidence is too thin to rule out the unknown middlemen a chain relies on). What a market sends
 * on is not followed: the chain ends there. Reading stops after {@code maxHops} hand-overs or {@code maxParcels}
 * parcels; {@link #stop} says so when parcels were left unread, since a max-flow or cut of part of the routes says
 * nothing about the rest.
 *
 * @param handOvers parcels per sender and receiver
 * @param nodes the people and shipments found, by id
 * @param relationships their SENT and ADDRESSED_TO edges
 * @param parcels how many parcels were read
 * @param stop where a limit stopped the reading with parcels left unread; null when every route was read
 */
record ParcelRoutes(List<FlowNetwork.HandOver> handOvers, Map<String, Node> nodes, List<Relationship> relationships,
    int parcels, Stop stop) {

  /** The limit that stopped the reading. */
  enum Limit {
    /** maxHops hand-overs were followed from the sources. */
    HOPS,
    /** maxParcels parcels were read. */
    PARCELS
  }

  /**
   * Where reading stopped with parcels left unread.
   *
   * @param limit the limit that stopped it
   * @param bound its value: hand-overs or parcels
   * @param handOvers how many hand-overs from the sources the people whose parcels were left unread are (0: sources)
   * @param reached how many people (not markets) were reached after that many hand-overs: whose parcels were next
   * @param unread those of them who sent parcels that were not read, by id
   */
  record Stop(Limit limit, int bound, int handOvers, int reached, List<String> unread) {}

  static ParcelRoutes collect(CypherRunner runner, Set<String> sources, Set<String> markets, int maxHops,
      int maxParcels) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    Map<String, Relationship> relationships = new LinkedHashMap<>();
    Map<String, Integer> parcels = new LinkedHashMap<>();
    Set<String> shipments = new HashSet<>();
    Set<String> visited = new HashSet<>(sources);
    List<String> frontier = List.copyOf(new TreeSet<>(sources));
    int read = 0;
    int hop = 0;
    Stop stop = null;
    for (; hop < maxHops && !frontier.isEmpty() && stop == null; hop++) {
      int room = maxParcels - read;
      // One row more than there is room for: it says whether parcels are left unread (rows come by sender id).
      List<Record> rows = runner.read("takedown/parcel-routes", Map.of("uids", frontier, "limit", room + 1), r -> r);
      if (rows.size() > room) {
        String firstUnread = rows.get(room).get("person").asString();
        stop = new Stop(Limit.PARCELS, maxParcels, hop, frontier.size(), unread(runner, frontier, firstUnread));
        rows = rows.subList(0, room);
      }
      Set<String> next = new TreeSet<>();
      for (Record row : rows) {
        read++;
        Node shipment = row.get("shipment").asNode();
        Node receiver = row.get("receiver").asNode();
        String sender = row.get("person").asString();
        if (!shipments.add(uid(shipment))) {
          continue;
        }
        nodes.putIfAbsent(uid(shipment), shipment);
        nodes.putIfAbsent(uid(receiver), receiver);
        row.get("relationships").asList(Value::asRelationship).forEach(r -> relationships.put(r.elementId(), r));
        parcels.merge(sender + "\n" + uid(receiver), 1, Integer::sum);
        // The chain ends at a market: do not follow what markets send on.
        if (visited.add(uid(receiver)) && !markets.contains(uid(receiver))) {
          next.add(uid(receiver));
        }
      }
      frontier = List.copyOf(next);
    }
    if (stop == null && !frontier.isEmpty()) {
      // Out of hand-overs: stopped only if someone reached by the last one sent a parcel on.
      List<String> unread = senders(runner, frontier);
      if (!unread.isEmpty()) {
        stop = new Stop(Limit.HOPS, maxHops, hop, frontier.size(), unread);
      }
    }
    List<FlowNetwork.HandOver> handOvers = new ArrayList<>();
    parcels.forEach((pair, count) -> {
      String[] ends = pair.split("\n");
      handOvers.add(new FlowNetwork.HandOver(ends[0], ends[1], count));
    });
    return new ParcelRoutes(handOvers, nodes, List.copyOf(relationships.values()), read, stop);
  }

  /** Whether a limit left parcels unread. */
  boolean capped() {
    return stop != null;
  }

  /**
   * The routes read, in words: all of them, or which limit stopped the reading, where, and whose parcels it left.
   *
   * @param hopLimit what set the number of hand-overs followed, as the caller knows it (an input, a fixed depth)
   */
  String describe(String hopLimit) {
    if (stop == null) {
      return "Every parcel route from the sources was read: " + count(parcels, "parcel", "parcels")
          + " sent by the sources and on by everyone they reached, up to the markets.";
    }
    boolean sources = stop.handOvers() == 0;
    String after = sources ? "" : " reached after " + count(stop.handOvers(), "hand-over", "hand-overs");
    int unread = stop.unread().size();
    String who = unread < stop.reached() ? number(unread) + " of the " + number(stop.reached())
        + (sources ? " sources" : " people")
        : stop.reached() == 1 ? (sources ? "the one source" : "the one person")
        : "all " + number(stop.reached()) + (sources ? " sources" : " people");
    String people = who + after + " sent parcels that were not read (" + examples(stop.unread()) + ")";
    String where = stop.limit() == Limit.PARCELS
        ? "Reading stopped at the limit of " + count(stop.bound(), "parcel", "parcels")
            + " (chainbreaker.takedown.max-route-parcels): " + people + "; no later hand-over was read."
        : "Routes were followed for " + count(stop.bound(), "hand-over", "hand-overs") + " (" + hopLimit + "): " + people
            + ".";
    return where + " The flows and arrests hold for the " + count(parcels, "parcel", "parcels") + " read only: "
        + "routes not read may still get parcels to the markets.";
  }

  /** The frontier people whose parcels were left unread: the one the cut fell in, and those after them who sent any. */
  private static List<String> unread(CypherRunner runner, List<String> frontier, String firstUnread) {
    List<String> unread = new ArrayList<>(List.of(firstUnread));
    List<String> after = frontier.subList(frontier.indexOf(firstUnread) + 1, frontier.size());
    if (!after.isEmpty()) {
      unread.addAll(senders(runner, after));
    }
    return unread;
  }

  private static List<String> senders(CypherRunner runner, List<String> uids) {
    return runner.read("takedown/parcel-senders", Map.of("uids", uids), r -> r.get("uid").asString());
  }

  private static String examples(List<String> uids) {
    int shown = Math.min(3, uids.size());
    return String.join(", ", uids.subList(0, shown))
        + (uids.size() > shown ? " and " + number(uids.size() - shown) + " more" : "");
  }

  private static String count(int n, String one, String many) {
    return number(n) + " " + (n == 1 ? one : many);
  }

  private static String number(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String uid(Node node) {
    return node.get("uid").asString();
  }
}
