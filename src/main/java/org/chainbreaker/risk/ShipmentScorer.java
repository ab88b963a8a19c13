package org.chainbreaker.risk;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.chainbreaker.graph.CypherRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Scores shipments: runs every rule of the catalogue on a round of waybill numbers, adds up the weights of the rules
 * that fire, records each shipment's score, and raises or updates the alert of each shipment above the threshold, all
 * of a round in one transaction. Idempotent: scoring a shipment again replaces its score and its alert's rule hits and
 * never makes a second alert. The {@link AlertOutbox}es record what follows from new alerts in that same transaction;
 * every new alert is announced as {@link AlertRaised} once it committed.
 */
@Service
class ShipmentScorer {

  private static final Logger log = LoggerFactory.getLogger(ShipmentScorer.class);
  /** History actor of what scoring does to alerts. */
  static final String ACTOR = "risk scoring";

  private final CypherRunner runner;
  private final RuleCatalogue rules;
  private final RiskProperties properties;
  private final ApplicationEventPublisher events;
  private final List<AlertOutbox> outboxes;
  private final ExecutorService ruleRunners = Executors.newFixedThreadPool(
      Math.max(1, Runtime.getRuntime().availableProcessors()), task -> {
        Thread thread = new Thread(task, "risk-rule");
        thread.setDaemon(true);
        return thread;
      });

  ShipmentScorer(CypherRunner runner, RuleCatalogue rules, RiskProperties properties,
      ApplicationEventPublisher events, List<AlertOutbox> outboxes) {
    this.runner = runner;
    this.rules = rules;
    this.properties = properties;
    this.events = events;
    this.outboxes = List.copyOf(outboxes);
  }

  /** Scores these shipments (duplicates and unknown waybill numbers are skipped), a round at a time. */
  ScoringReport score(Collection<String> waybillNos) {
    List<String> distinct = List.copyOf(new LinkedHashSet<>(waybillNos));
    ScoringReport total = ScoringReport.NONE;
    for (int from = 0; from < distinct.size(); from += properties.batchSize()) {
      total = total.plus(round(distinct.subList(from, Math.min(distinct.size(), from + properties.batchSize()))));
    }
    return total;
  }

  /** Scores every shipment in the graph, in waybill-number order, a round at a time. */
  ScoringReport scoreAll() {
    ScoringReport total = ScoringReport.NONE;
    String after = "";
    while (true) {
      List<String> page = runner.read("risk/waybills", Map.of("after", after, "limit", properties.batchSize()),
          record -> record.get("waybillNo").asString());
      if (page.isEmpty()) {
        return total;
      }
      total = total.plus(round(page));
      after = page.get(page.size() - 1);
    }
  }

  /** Scores the shipments no scoring has seen yet (imported outside the service), up to {@code limit} of them. */
  ScoringReport scoreUnscored(int limit) {
    List<String> unscored = runner.read("risk/unscored", Map.of("limit", limit),
        record -> record.get("waybillNo").asString());
    return unscored.isEmpty() ? ScoringReport.NONE : score(unscored);
  }

  private ScoringReport round(List<String> waybillNos) {
    long start = System.nanoTime();
    Map<String, Map<String, RuleFiring>> fired = new LinkedHashMap<>();
    int firings = 0;
    // The rules are independent reads: run them side by side, one per core.
    List<CompletableFuture<List<Map.Entry<String, RuleFiring>>>> running = rules.all().stream()
        .map(rule -> CompletableFuture.supplyAsync(() -> runner.read(rule.script(), Map.of("waybillNos", waybillNos),
            record -> Map.entry(record.get("waybillNo").asString(), firing(rule, record))), ruleRunners))
        .toList();
    for (CompletableFuture<List<Map.Entry<String, RuleFiring>>> rule : running) {
      List<Map.Entry<String, RuleFiring>> rows = joined(rule);
      for (Map.Entry<String, RuleFiring> row : rows) {
        fired.computeIfAbsent(row.getKey(), no -> new LinkedHashMap<>()).merge(row.getValue().rule().id(), row.getValue(),
            RuleFiring::and);
      }
      firings += rows.size();
    }
    long rulesDone = System.nanoTime();
    List<Map<String, Object>> rows = new ArrayList<>(waybillNos.size());
    Map<String, List<RuleFiring>> hitsByWaybill = new LinkedHashMap<>();
    for (String waybillNo : waybillNos) {
      List<RuleFiring> hits = new ArrayList<>(fired.getOrDefault(waybillNo, Map.of()).values());
      hits.sort(Comparator.comparing((RuleFiring hit) -> hit.rule().weight()).reversed()
          .thenComparing(hit -> hit.rule().id()));
      hitsByWaybill.put(waybillNo, hits);
      rows.add(Map.of("waybillNo", waybillNo, "alertId", Alert.idOf(waybillNo), "score", score(hits),
          "rules", hits.stream().map(hit -> hit.rule().id()).toList(),
          "hits", hits.stream().map(RuleFiring::row).toList()));
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String run = UUID.randomUUID().toString();
    Map<String, Object> parameters = Map.of("rows", rows, "now", now, "threshold", properties.threshold(),
        "run", run, "actor", ACTOR);
    long writesStart = System.nanoTime();
    Written written = runner.writeTogether(tx -> {
      long scored = tx.run("risk/record-scores", parameters).get(0).get("scored").asLong();
      List<Record> alerts = tx.run("risk/raise-alerts", parameters);
      List<AlertRaised> raised = new ArrayList<>();
      int updated = 0;
      for (Record alert : alerts) {
        String waybillNo = alert.get("waybillNo").asString();
        if (alert.get("created").asBoolean()) {
          raised.add(raised(alert.get("alertId").asString(), waybillNo, alert.get("score").asDouble(),
              hitsByWaybill.get(waybillNo), alert.get("createdAt").asOffsetDateTime()));
        } else if (alert.get("changed").asBoolean()) {
          updated++;
        }
      }
      if (!raised.isEmpty()) {
        outboxes.forEach(outbox -> outbox.record(tx, raised));
      }
      return new Written(scored, raised, updated);
    });
    written.raised().forEach(this::announce);
    long ms = (System.nanoTime() - start) / 1_000_000;
    log.debug("Scored {} shipments: {} rule firings, {} alerts raised, {} updated in {} ms (rules {} ms, writes {} ms)",
        written.scored(), firings, written.raised().size(), written.updated(), ms, (rulesDone - start) / 1_000_000,
        (System.nanoTime() - writesStart) / 1_000_000);
    return new ScoringReport((int) written.scored(), firings, written.raised().size(), written.updated(), ms);
  }

  private AlertRaised raised(String alertId, String waybillNo, double score, List<RuleFiring> hits,
      OffsetDateTime raisedAt) {
    List<AlertRaised.RuleHit> ruleHits = hits.stream()
        .map(hit -> new AlertRaised.RuleHit(hit.rule().id(), hit.rule().name(), hit.rule().weight(), hit.reason()))
        .toList();
    return new AlertRaised(alertId, waybillNo, score, properties.threshold(), ruleHits, raisedAt);
  }

  /** Tells the rest of the service about a new alert; its transaction has committed. */
  private void announce(AlertRaised alert) {
    try {
      events.publishEvent(alert);
    } catch (RuntimeException e) {
      // A failing listener (a subscriber) must not undo or stop scoring: the alert is in the graph.
      log.warn("A listener failed on new alert {}", alert.alertId(), e);
    }
  }

  private static <T> T joined(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private static double score(List<RuleFiring> hits) {
    return hits.stream().mapToDouble(hit -> hit.rule().weight()).sum();
  }

  private static RuleFiring firing(RiskRule rule, Record record) {
    return new RuleFiring(rule, record.get("reason", rule.name()), strings(record.get("evidence")),
        strings(record.get("links")));
  }

  private static List<String> strings(Value value) {
    return value.isNull() ? List.of() : value.asList(item -> item.isNull() ? null : item.asString()).stream()
        .filter(item -> item != null).distinct().toList();
  }

  @PreDestroy
  void stop() {
    ruleRunners.shutdownNow();
  }

  private record Written(long scored, List<AlertRaised> raised, int updated) {}
}
