package org.chainbreaker.takedown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chainbreaker.testing.BenchmarkService;
import org.chainbreaker.testing.DemoTruth;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times each takedown capability through GraphQL over HTTP on the demo network (scale 10 by default). Not a test: run
 * with {@code ./mvnw -Pbenchmark verify -Dit.test=TakedownBenchmark} (see the README). Prints, per capability, the
 * median and the slowest call; the goal is an arrest plan for a region pair in well under 10 s.
 */
class TakedownBenchmark {

  /** Calls per capability ({@code -Dbenchmark.calls}): each takes seconds, so fewer than the link analyses' runs. */
  static final int RUNS = Math.max(3, Integer.getInteger("benchmark.calls", 10));

  final JsonMapper json = JsonMapper.builder().build();

  @Test
  void timeEachCapability() throws Exception {
    try (BenchmarkService service = BenchmarkService.start()) {
      Driver driver = service.driver();
      DemoTruth truth = service.truth();
      List<String> seizures = driver.executableQuery("MATCH (z:Seizure) RETURN z.uid AS uid ORDER BY uid LIMIT 10")
          .execute().records().stream().map(r -> r.get("uid").asString()).toList();
      System.out.printf(Locale.ROOT, "%nTakedown benchmark: demo scale %s, %d calls each%n", BenchmarkService.SCALE, RUNS);
      System.out.printf(Locale.ROOT, "%-34s %10s %10s%n", "capability", "median", "slowest");
      report("trace from a seizure", time(RUNS, i -> post(service, "trace",
          Map.of("input", Map.of("id", seizures.get(i % seizures.size()))))));
      List<JsonNode> gangs = truth.gangs();
      report("arrest plan, gang sources->dealers", time(RUNS, i -> {
        JsonNode gang = gangs.get(i % gangs.size());
        return post(service, "arrest-plan", Map.of("input", Map.of("sourceIds", members(gang, "SOURCE"),
            "marketIds", members(gang, "RETAIL"), "budget", 2)));
      }));
      report("arrest plan, region pair", time(RUNS, i -> {
        JsonNode gang = gangs.get(i % gangs.size());
        return post(service, "arrest-plan", Map.of("input", Map.of("sourceRegion", gang.get("sourceRegion").asString(),
            "marketRegion", gang.get("marketRegions").get(0).asString(), "budget", 2)));
      }));
      for (int i = 0; i < RUNS; i++) {
        JsonNode gang = gangs.get(i % gangs.size());
        System.out.printf(Locale.ROOT, "  call %d: region pair %s -> %s (gang %s)%n", i, gang.get("sourceRegion").asString(),
            gang.get("marketRegions").get(0).asString(), gang.get("gangId").asString());
      }
      report("arrest plan + simulation, regions", time(RUNS, i -> {
        JsonNode gang = gangs.get(i % gangs.size());
        String source = gang.get("sourceRegion").asString();
        String market = gang.get("marketRegions").get(0).asString();
        JsonNode plan = json.readTree(post(service, "arrest-plan", Map.of("input", Map.of("sourceRegion", source,
            "marketRegion", market)))).get("data").get("arrestPlan");
        List<String> sources = plan.get("sources").valueStream().map(n -> n.get("id").asString()).toList();
        List<String> markets = plan.get("markets").valueStream().map(n -> n.get("id").asString()).toList();
        List<String> cut = plan.get("minimumCut").isNull() ? List.of()
            : plan.get("minimumCut").get("people").valueStream().map(p -> p.get("person").get("id").asString()).toList();
        return post(service, "takedown-simulation", Map.of("input", Map.of("remove",
            cut.isEmpty() ? sources.subList(0, 1) : cut, "personIds", union(sources, markets, cut),
            "sourceIds", sources, "marketIds", markets.isEmpty() ? sources.subList(0, 1) : markets)));
      }));
      report("key players, gang", time(RUNS, i -> post(service, "key-players",
          Map.of("input", Map.of("gangId", gangs.get(i % 5).get("gangId").asString())))));
      report("hidden gangs, gang", time(RUNS, i -> post(service, "hidden-gangs",
          Map.of("input", Map.of("gangId", gangs.get(i % 5).get("gangId").asString())))));
    }
  }

  interface Call {
    String run(int i) throws Exception;
  }

  static double[] time(int runs, Call call) throws Exception {
    call.run(0);
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      call.run(i);
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    int slowest = 0;
    for (int i = 1; i < runs; i++) {
      slowest = millis[i] > millis[slowest] ? i : slowest;
    }
    System.out.printf(Locale.ROOT, "  (slowest: call %d)%n", slowest);
    java.util.Arrays.sort(millis);
    return millis;
  }

  static void report(String name, double[] sorted) {
    System.out.printf(Locale.ROOT, "%-34s %8.0fms %8.0fms%n", name, sorted[sorted.length / 2], sorted[sorted.length - 1]);
  }

  static List<String> union(List<String> a, List<String> b, List<String> c) {
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(a);
    all.addAll(b);
    all.addAll(c);
    return List.copyOf(all);
  }

  static List<String> members(JsonNode gang, String stage) {
    List<String> ids = new ArrayList<>();
    gang.get("members").valueStream().filter(m -> m.get("stage").asString().equals(stage))
        .forEach(m -> ids.add("Person/" + m.get("personId").asString()));
    return ids;
  }

  String post(BenchmarkService service, String operation, Map<String, Object> variables) {
    try {
      return service.post(operation + " " + variables, json.writeValueAsString(Map.of("query",
          Files.readString(Path.of("graphql/operations/" + operation + ".graphql")), "variables", variables)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
