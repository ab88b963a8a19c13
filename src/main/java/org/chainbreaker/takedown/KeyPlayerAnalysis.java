package org.chainbreaker.takedown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.chainbreaker.api.InvalidArgumentException;
import org.chainbreaker.graph.CypherRunner;
import org.chainbreaker.model.GraphNode;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Key players of a scope: the scope's contact graph is projected into GDS, ranked by degree, PageRank, betweenness
 * and articulation points, then the best candidates are checked for bridging between gangs and provinces. Each step
 * is one script of {@code cypher/takedown/}; this class validates, sequences and scores.
 */
@Service
public class KeyPlayerAnalysis {

  static final int DEFAULT_FIRST = 10;
  static final int MAX_FIRST = 100;
  /** Bridging is looked up for this many of the best-placed persons (at least), then the final order is made. */
  static final int CANDIDATES = 50;

  static final double DEGREE_WEIGHT = 0.15;
  static final double PAGE_RANK_WEIGHT = 0.20;
  static final double BETWEENNESS_WEIGHT = 0.20;
  static final double TIE_STRENGTH_WEIGHT = 0.15;
  static final double ARTICULATION_WEIGHT = 0.10;
  static final double GANG_BRIDGE_WEIGHT = 0.15;
  static final double REGION_BRIDGE_WEIGHT = 0.05;

  private static final Logger log = LoggerFactory.getLogger(KeyPlayerAnalysis.class);

  private final CypherRunner runner;
  private final TakedownProperties properties;

  KeyPlayerAnalysis(CypherRunner runner, TakedownProperties properties) {
    this.runner = runner;
    this.properties = properties;
  }

  /** Ranks the key players of the input's scope. */
  public KeyPlayers keyPlayers(KeyPlayersInput input) {
    long start = System.nanoTime();
    int first = first(input.first());
    TakedownScope given = TakedownScope.of(input.gangId(), input.regionCode(), input.personIds(), input.wholeGraph());
    Optional<List<String>> persons = given.persons(runner);
    String scope = given.describe(persons);
    if (persons.isPresent() && persons.get().isEmpty()) {
      return KeyPlayers.empty(scope);
    }
    Optional<ContactGraph> projection = ContactGraph.project(runner, persons.orElse(null));
    if (projection.isEmpty()) {
      return KeyPlayers.empty(scope);
    }
    KeyPlayers result;
    try (ContactGraph graph = projection.get()) {
      result = rank(graph, scope, first);
    }
    log.info("Key players of {}: {} persons, {} links, {} ms", scope, result.persons(), result.contacts(),
        (System.nanoTime() - start) / 1_000_000);
    return result;
  }

  private KeyPlayers rank(ContactGraph graph, String scope, int first) {
    Map<String, Measures> measures = new HashMap<>();
    graph.run("takedown/degree", Map.of(), r -> measures.computeIfAbsent(id(r), Measures::new)
        .degree = r.get("degree").asDouble());
    graph.run("takedown/strength", Map.of(), r -> measures.computeIfAbsent(id(r), Measures::new)
        .strength = r.get("strength").asDouble());
    graph.run("takedown/page-rank", Map.of(), r -> measures.computeIfAbsent(id(r), Measures::new)
        .pageRank = r.get("pageRank").asDouble());
    Map<String, Object> sampling = new HashMap<>();
    sampling.put("samplingSize", graph.nodeCount() > properties.exactBetweennessLimit()
        ? properties.betweennessSamples() : null);
    sampling.put("samplingSeed", properties.seed());
    graph.run("takedown/betweenness", sampling, r -> measures.computeIfAbsent(id(r), Measures::new)
        .betweenness = r.get("betweenness").asDouble());
    int articulationPoints = graph.run("takedown/articulation-points", Map.of(),
        r -> measures.computeIfAbsent(id(r), Measures::new).articulationPoint = true).size();

    List<Measures> all = new ArrayList<>(measures.values());
    rankBy(all, m -> m.degree, (m, rank) -> m.degreeRank = rank);
    rankBy(all, m -> m.pageRank, (m, rank) -> m.pageRankRank = rank);
    rankBy(all, m -> m.betweenness, (m, rank) -> m.betweennessRank = rank);
    rankBy(all, Measures::tieStrength, (m, rank) -> m.tieStrengthRank = rank);
    double maxDegree = all.stream().mapToDouble(m -> m.degree).max().orElse(0);
    double maxPageRank = all.stream().mapToDouble(m -> m.pageRank).max().orElse(0);
    double maxBetweenness = all.stream().mapToDouble(m -> m.betweenness).max().orElse(0);
    double maxTieStrength = all.stream().mapToDouble(Measures::tieStrength).max().orElse(0);
    all.forEach(m -> m.score = DEGREE_WEIGHT * share(m.degree, maxDegree) + PAGE_RANK_WEIGHT * share(m.pageRank,
        maxPageRank) + BETWEENNESS_WEIGHT * share(m.betweenness, maxBetweenness)
        + TIE_STRENGTH_WEIGHT * share(m.tieStrength(), maxTieStrength) + (m.articulationPoint ? ARTICULATION_WEIGHT : 0));
    all.sort(BEST_FIRST);

    List<Measures> candidates = all.subList(0, Math.min(all.size(), Math.max(CANDIDATES, 5 * first)));
    Map<String, Measures> byId = new HashMap<>();
    candidates.forEach(m -> byId.put(m.id, m));
    runner.read("takedown/bridging", Map.of("ids", List.copyOf(byId.keySet())), r -> {
      Measures m = byId.get(r.get("id").asString());
      m.person = GraphNode.from(r.get("person").asNode());
      m.gangs = sortedDistinct(r.get("gangs"));
      m.provinces = sortedDistinct(r.get("provinces"));
      m.score += (m.gangs.size() >= 2 ? GANG_BRIDGE_WEIGHT : 0)
          + REGION_BRIDGE_WEIGHT * Math.min(1, Math.max(0, m.provinces.size() - 1) / 2.0);
      return m;
    });
    List<Measures> ranked = new ArrayList<>(candidates);
    ranked.sort(BEST_FIRST);
    List<KeyPlayer> players = new ArrayList<>();
    for (Measures m : ranked.subList(0, Math.min(first, ranked.size()))) {
      players.add(m.player(players.size() + 1, all.size()));
    }
    return new KeyPlayers(scope, graph.nodeCount(), graph.relationshipCount(), articulationPoints, players);
  }

  private static final Comparator<Measures> BEST_FIRST = Comparator.<Measures>comparingDouble(m -> -m.score)
      .thenComparing(m -> m.id);

  private static int first(Integer first) {
    int actual = first == null ? DEFAULT_FIRST : first;
    if (actual < 1 || actual > MAX_FIRST) {
      throw new InvalidArgumentException("input.first", "must be between 1 and " + MAX_FIRST + ", was " + actual);
    }
    return actual;
  }

  private static String id(Record r) {
    return r.get("id").asString();
  }

  private static double share(double value, double max) {
    return max > 0 ? value / max : 0;
  }

  private static List<String> sortedDistinct(Value list) {
    return List.copyOf(new TreeSet<>(list.asList(Value::asString)));
  }

  private interface RankSetter {
    void set(Measures measures, int rank);
  }

  private static void rankBy(List<Measures> all, java.util.function.ToDoubleFunction<Measures> metric,
      RankSetter setter) {
    List<Measures> order = new ArrayList<>(all);
    order.sort(Comparator.<Measures>comparingDouble(m -> -metric.applyAsDouble(m)).thenComparing(m -> m.id));
    for (int i = 0; i < order.size(); i++) {
      setter.set(order.get(i), i + 1);
    }
  }

  /** The measures of one person while the ranking is made. */
  private static final class Measures {
    final String id;
    double degree;
    double strength;
    double pageRank;
    double betweenness;
    boolean articulationPoint;
    int degreeRank;
    int pageRankRank;
    int betweennessRank;
    int tieStrengthRank;
    double score;
    GraphNode person;
    List<String> gangs = List.of();
    List<String> provinces = List.of();

    Measures(String id) {
      this.id = id;
    }

    double tieStrength() {
      return degree > 0 ? strength / degree : 0;
    }

    KeyPlayer player(int rank, int of) {
      boolean broker = gangs.size() >= 2;
      List<String> reasons = new ArrayList<>();
      if (broker) {
        reasons.add("links gangs " + and(gangs));
      }
      if (articulationPoint) {
        reasons.add("articulation point: removing them splits the scope");
      }
      List<Object[]> metrics = new ArrayList<>(List.of(
          new Object[] {betweennessRank, String.format(Locale.ROOT, "betweenness %.1f (%s of %d): on many of the "
              + "shortest contact chains", betweenness, ordinal(betweennessRank), of)},
          new Object[] {pageRankRank, String.format(Locale.ROOT, "PageRank %.3f (%s of %d): in heavy contact with "
              + "other well-connected persons", pageRank, ordinal(pageRankRank), of)},
          new Object[] {degreeRank, String.format(Locale.ROOT, "%d contacts in the scope (%s of %d)", (int) degree,
              ordinal(degreeRank), of)},
          new Object[] {tieStrengthRank, String.format(Locale.ROOT, "intense ties: link weight %.1f per contact (%s of "
              + "%d), many calls and large payments with few people", tieStrength(), ordinal(tieStrengthRank), of)}));
      metrics.sort(Comparator.comparingInt(m -> (int) m[0]));
      metrics.forEach(m -> reasons.add((String) m[1]));
      if (provinces.size() >= 2) {
        reasons.add("gang contacts across " + provinces.size() + " provinces: " + String.join(", ", provinces));
      }
      return new KeyPlayer(rank, person, Math.round(score * 10_000) / 10_000.0, (int) degree, degreeRank,
          tieStrength(), tieStrengthRank, pageRank, pageRankRank, betweenness, betweennessRank, articulationPoint, gangs,
          provinces, broker, reasons);
    }
  }

  private static String and(List<String> items) {
    return items.size() == 1 ? items.get(0)
        : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }
}
