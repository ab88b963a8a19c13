package org.chainbreaker.risk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.chainbreaker.testing.BenchmarkService;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores 100,000 shipments that were never scored, on the demo network at scale 10 (about 203,000 shipments), through
 * the scoreShipments mutation over HTTP in requests of 10,000 waybill numbers, as a case system re-scoring a day's
 * intake would; prints the time and shipments/s (goal: under a minute). Earlier scores and alerts are deleted first,
 * so every run scores new shipments and raises their alerts. Not a test: {@code ./mvnw -Pbenchmark verify
 * -Dit.test=RiskBenchmark} (see the README); {@code -Dbenchmark.shipments=20000} for a shorter run.
 */
class RiskBenchmark {

  static final int SHIPMENTS = Integer.getInteger("benchmark.shipments", 100_000);
  static final int PER_REQUEST = Integer.getInteger("benchmark.per-request", 10_000);
  static final int WARM_UP = Integer.getInteger("benchmark.warm-up-shipments", 2 * PER_REQUEST);

  final JsonMapper json = JsonMapper.builder().build();

  @Test
  void scoreOneHundredThousandNewShipments() throws Exception {
    // (the service runs no background sweep, which would score the same shipments while they are being timed)
    // requests may take longer than the default minute on a loaded machine: the benchmark times scoring, not limits
    try (BenchmarkService service = BenchmarkService.start("--chainbreaker.api.request-timeout=10m",
        "--logging.level.org.chainbreaker.risk.ShipmentScorer=debug")) {
      Driver driver = service.driver();
      forgetEveryScore(driver);
      List<String> waybillNos = waybillNos(driver, "ASC", SHIPMENTS);
      // A running service has its query plans compiled, the graph in its page cache and its code compiled by the JIT:
      // score two requests' worth of other shipments first, and print each warm-up request's time on its own.
      List<String> warmUp = waybillNos(driver, "DESC", WARM_UP);
      for (int from = 0; from < warmUp.size(); from += PER_REQUEST) {
        long warmStart = System.nanoTime();
        JsonNode warm = score(service, warmUp.subList(from, Math.min(warmUp.size(), from + PER_REQUEST)));
        System.out.printf(Locale.ROOT, "%nwarm-up request %d: scored %,d other shipments in %.1f s%s%n",
            from / PER_REQUEST + 1, warm.get("shipments").asLong(), (System.nanoTime() - warmStart) / 1e9,
            from == 0 ? " (cold start: query planning, page cache, JIT)" : "");
      }
      String load = new String(new ProcessBuilder("uptime").start().getInputStream().readAllBytes()).strip();
      System.out.printf(Locale.ROOT, "%nRisk benchmark: demo scale %s, %,d shipments to score, %d rules, requests of "
          + "%,d; machine: %s%n", BenchmarkService.SCALE, waybillNos.size(), RuleCatalogueCount.of(service),
          PER_REQUEST, load);
      long start = System.nanoTime();
      long scored = 0;
      long raised = 0;
      long firings = 0;
      for (int from = 0; from < waybillNos.size(); from += PER_REQUEST) {
        List<String> part = waybillNos.subList(from, Math.min(waybillNos.size(), from + PER_REQUEST));
        JsonNode report = score(service, part);
        scored += report.get("shipments").asLong();
        raised += report.get("alertsRaised").asLong();
        firings += report.get("firings").asLong();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "scored %,d shipments in %.1f s = %,.0f shipments/s; %,d rule firings, %,d alerts "
          + "raised (goal: under 60 s)%n", scored, seconds, scored / seconds, firings, raised);
      timeEachRule(driver, waybillNos.subList(0, Math.min(PER_REQUEST, waybillNos.size())));
      String after = new String(new ProcessBuilder("uptime").start().getInputStream().readAllBytes()).strip();
      System.out.printf(Locale.ROOT, "machine after: %s%n", after);
    }
  }

  /** The first {@code n} waybill numbers in this order ({@code ASC} or {@code DESC}). */
  static List<String> waybillNos(Driver driver, String order, int n) {
    return driver.executableQuery("MATCH (s:Shipment) RETURN s.waybillNo AS no ORDER BY no " + order + " LIMIT $n")
        .withParameters(Map.of("n", n)).execute().records().stream().map(r -> r.get("no").asString()).toList();
  }

  /** Scores these shipments through the scoreShipments mutation; its report. */
  JsonNode score(BenchmarkService service, List<String> waybillNos) {
    return json.readTree(service.post("scoreShipments", json.writeValueAsString(Map.of(
        "query", "mutation($w: [ID!]) { scoreShipments(waybillNos: $w) { shipments firings alertsRaised } }",
        "variables", Map.of("w", new ArrayList<>(waybillNos)))))).get("data").get("scoreShipments");
  }

  /**
   * Runs each rule file alone through the driver on one request's waybill numbers and prints its time and firings:
   * where a scoring round's time goes (the service runs the rules side by side, one per core).
   */
  static void timeEachRule(Driver driver, List<String> waybillNos) throws IOException {
    System.out.printf(Locale.ROOT, "each rule alone on %,d shipments (driver, read transaction):%n", waybillNos.size());
    try (Stream<Path> files = Files.list(Path.of("cypher/rules"))) {
      for (Path file : files.sorted().toList()) {
        String script = Files.readString(file);
        try (Session session = driver.session()) {
          long start = System.nanoTime();
          int fired = session.executeRead(tx -> tx.run(script, Map.of("waybillNos", waybillNos)).list().size());
          System.out.printf(Locale.ROOT, "  %-32s %,8.0f ms  %,6d firings%n", file.getFileName(),
              (System.nanoTime() - start) / 1e6, fired);
        }
      }
    }
  }

  /** Deletes every score, alert, rule hit and alert event, a batch per transaction. */
  static void forgetEveryScore(Driver driver) {
    try (Session session = driver.session()) {
      session.run("MATCH (n) WHERE n:Alert OR n:RuleHit OR n:AlertEvent "
          + "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
      session.run("MATCH (s:Shipment) WHERE s.scoredAt IS NOT NULL "
          + "CALL (s) { REMOVE s.riskScore, s.riskRules, s.scoredAt } IN TRANSACTIONS OF 10000 ROWS").consume();
    }
  }

  /** How many rules the service runs (from the riskRules query). */
  static final class RuleCatalogueCount {
    static int of(BenchmarkService service) {
      String answer = service.post("riskRules", "{\"query\": \"{ riskRules { id } }\"}");
      return JsonMapper.builder().build().readTree(answer).get("data").get("riskRules").size();
    }
  }
}
