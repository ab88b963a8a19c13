package org.chainbreaker.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.chainbreaker.testing.BenchmarkService;
import org.chainbreaker.testing.DemoTruth;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Link analysis through GraphQL over HTTP against the same Cypher run directly through the driver, on the demo network
 * (scale 10 by default). Not a test: run with {@code ./mvnw -Pbenchmark verify} (see the README). The two sides run
 * interleaved; prints p50/p95 of each side and the ratio of the p50s; the goal is GraphQL p50 within 1.2 times the direct p50.
 */
class LinkAnalysisBenchmark {

  static final int WARMUP = Integer.getInteger("benchmark.warmup", 500);
  static final int RUNS = Integer.getInteger("benchmark.runs", 300);
  /**
   * Time budget per analysis, in seconds, for the warm-up and for the measured runs each: an analysis that takes a
   * second stops there (with at least {@link #MIN_RUNS} measured runs) instead of taking minutes.
   */
  static final int WARMUP_SECONDS = Integer.getInteger("benchmark.warmup-seconds", 20);
  static final int RUN_SECONDS = Integer.getInteger("benchmark.run-seconds", 40);
  static final int MIN_RUNS = 10;

  /**
   * One analysis: a GraphQL document (an operation file of graphql/operations/, or inline when the file asks for more
   * than the one script) and its variables, and the script and parameters the service runs for it.
   */
  record Case(String name, String document, Map<String, Object> variables, String script, Map<String, Object> parameters) {}

  static final String CHAINS = "query($input: CrossRegionInput!) { crossRegionLinks(input: $input) { chains(first: 10) "
      + "{ edges { node { hops nodes { id label caption properties { key value } } edges { id type source target } } } "
      + "pageInfo { hasNextPage } } } }";
  static final String PEOPLE = "query($input: CrossRegionInput!) { crossRegionLinks(input: $input) { "
      + "people(first: 20) { edges { cursor node { person { id caption } livesIn shipments calls transfers links } } "
      + "pageInfo { hasNextPage endCursor } } } }";
  static final String SHIPMENTS = "query($input: CrossRegionInput!) { crossRegionLinks(input: $input) { "
      + "shipments(first: 20) { edges { cursor node { direction shipment { id caption properties { key value } } "
      + "sender { id caption } receiver { id caption } origin { id caption } destination { id caption } } } "
      + "pageInfo { hasNextPage endCursor } } } }";

  /** Only the analyses whose names contain one of these (comma-separated); all when unset. */
  static final String ONLY = System.getProperty("benchmark.only", "");

  final JsonMapper json = JsonMapper.builder().build();

  @Test
  void graphQlAgainstDirectCypher() throws Exception {
    try (BenchmarkService service = BenchmarkService.start()) {
      Driver driver = service.driver();
      DemoTruth truth = service.truth();
      System.out.printf(Locale.ROOT, "%nLink analysis benchmark: demo scale %s, up to %d warm-up (%d s) and %d measured"
          + " runs (%d s) each, both sides interleaved%n", BenchmarkService.SCALE, WARMUP, WARMUP_SECONDS, RUNS, RUN_SECONDS);
      System.out.printf(Locale.ROOT, "%-22s %12s %12s %12s %12s %8s %6s%n", "analysis", "GraphQL p50", "GraphQL p95",
          "Cypher p50", "Cypher p95", "ratio", "runs");
      // What any request costs with no work in it: an HTTP round trip through the GraphQL stack, and a read
      // transaction through the driver. The analyses below pay both on top of their own work.
      String nothing = json.writeValueAsString(Map.of("query", "{ __typename }"));
      print("baseline (no work)", measure(() -> service.post("baseline", nothing).length(),
          () -> run(driver, "RETURN 1", Map.of())));
      for (Case c : cases(truth)) {
        if (!ONLY.isBlank() && Arrays.stream(ONLY.split(",")).noneMatch(name -> c.name().contains(name.strip()))) {
          continue;
        }
        String cypher = script(c.script());
        String document = c.document().startsWith("query") ? c.document()
            : Files.readString(Path.of("graphql/operations/" + c.document() + ".graphql"));
        String body = json.writeValueAsString(Map.of("query", document, "variables", c.variables()));
        print(c.name(), measure(() -> service.post(c.name(), body).length(), () -> run(driver, cypher, c.parameters())));
      }
    }
  }

  static void print(String name, double[][] times) {
    double[] graphql = times[0];
    double[] direct = times[1];
    System.out.printf(Locale.ROOT, "%-22s %10.2fms %10.2fms %10.2fms %10.2fms %7.2fx %6d%n", name,
        percentile(graphql, 50), percentile(graphql, 95), percentile(direct, 50), percentile(direct, 95),
        percentile(graphql, 50) / percentile(direct, 50), graphql.length);
  }

  List<Case> cases(DemoTruth truth) {
    JsonNode gang = truth.gangs().get(0);
    String source = member(gang, "stage", "SOURCE");
    String wholesaler = member(gang, "role", "WHOLESALER");
    String leader = member(gang, "role", "LEADER");
    JsonNode alias = truth.root().get("aliases").get(0);
    List<String> pair = List.of("Person/" + alias.get("personId").asString(),
        "Person/" + alias.get("aliasPersonId").asString());
    String market = gang.get("marketRegions").get(0).asString();
    String origin = gang.get("sourceRegion").asString();
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("neighbourhood", "neighbourhood",
        Map.of("input", Map.of("ids", List.of(leader), "maxHops", 2, "limit", 200)),
        "neighbourhood", LinkAnalysis.parameters("ids", List.of(leader), "maxHops", 2, "limit", 200, "relTypes", null, "labels", null,
            "since", null, "until", null)));
    cases.add(new Case("paths (k=3)", "paths",
        Map.of("input", Map.of("source", source, "target", wholesaler, "k", 3, "maxHops", 6)),
        "paths", LinkAnalysis.parameters("source", source, "target", wholesaler, "k", 3, "maxHops", 6, "relTypes", null, "labels", null,
            "since", null, "until", null)));
    cases.add(new Case("commonConnections", "common-connections", Map.of("ids", pair, "first", 50),
        "common-connections", LinkAnalysis.parameters("ids", pair, "skip", 0, "limit", 51)));
    cases.add(new Case("crossRegion shipments", SHIPMENTS,
        Map.of("input", Map.of("regionA", "440000", "regionB", "510000")),
        "cross-region-shipments", LinkAnalysis.parameters("regionA", "440000", "regionB", "510000", "since", null, "until", null,
            "suspectsOnly", false, "skip", 0, "limit", 20)));
    cases.add(new Case("crossRegion people", PEOPLE,
        Map.of("input", Map.of("regionA", origin, "regionB", market)),
        "cross-region-people", LinkAnalysis.parameters("regionA", origin, "regionB", market, "since", null,
            "until", null, "skip", 0, "limit", 21)));
    cases.add(new Case("crossRegion chains", CHAINS,
        Map.of("input", Map.of("regionA", origin, "regionB", market)),
        "cross-region-chains", LinkAnalysis.parameters("regionA", origin, "regionB", market, "windowDays", 30,
            "since", null, "until", null, "skip", 0, "limit", 11)));
    cases.add(new Case("regionLinks", "region-links", Map.of("code", "530000", "first", 20),
        "region-links", LinkAnalysis.parameters("code", "530000", "level", "PROVINCE", "since", null, "until", null, "skip", 0,
            "limit", 20)));
    cases.add(new Case("regionFlows", "region-flows", Map.of("input", Map.of("level", "PROVINCE", "suspectsOnly", true)),
        "region-flows", LinkAnalysis.parameters("level", "PROVINCE", "since", null, "until", null, "suspectsOnly", true,
            "minShipments", 1, "skip", 0, "limit", 100)));
    cases.add(new Case("timeline", "timeline", Map.of("id", leader, "first", 50),
        "timeline", LinkAnalysis.parameters("id", leader, "since", null, "until", null, "skip", 0, "limit", 50)));
    return cases;
  }

  static String member(JsonNode gang, String field, String value) {
    return gang.get("members").valueStream().filter(m -> m.get(field).asString().equals(value))
        .map(m -> "Person/" + m.get("personId").asString()).findFirst().orElseThrow();
  }

  static String script(String name) throws IOException {
    return Files.readString(Path.of("cypher/analysis/" + name + ".cypher"), StandardCharsets.UTF_8);
  }

  static int run(Driver driver, String cypher, Map<String, Object> parameters) {
    try (Session session = driver.session()) {
      return session.executeRead(tx -> tx.run(cypher, parameters).list()).size();
    }
  }

  /**
   * Times both sides interleaved, who goes first alternating: each call then meets the same state (page cache, plan
   * cache, compiled code, machine load) as its counterpart. Timed one after the other, the second side ran on a
   * database the first had warmed.
   */
  static double[][] measure(Supplier<Integer> first, Supplier<Integer> second) {
    long warmUpEnd = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
    for (int i = 0; i < WARMUP && System.nanoTime() < warmUpEnd; i++) {
      first.get();
      second.get();
    }
    double[][] millis = new double[2][RUNS];
    long runEnd = System.nanoTime() + RUN_SECONDS * 1_000_000_000L;
    int runs = 0;
    while (runs < RUNS && (runs < MIN_RUNS || System.nanoTime() < runEnd)) {
      boolean swap = runs % 2 == 1;
      millis[swap ? 1 : 0][runs] = time(swap ? second : first);
      millis[swap ? 0 : 1][runs] = time(swap ? first : second);
      runs++;
    }
    double[][] measured = {Arrays.copyOf(millis[0], runs), Arrays.copyOf(millis[1], runs)};
    Arrays.sort(measured[0]);
    Arrays.sort(measured[1]);
    return measured;
  }

  static double time(Supplier<Integer> call) {
    long start = System.nanoTime();
    call.get();
    return (System.nanoTime() - start) / 1e6;
  }

  static double percentile(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }
}
