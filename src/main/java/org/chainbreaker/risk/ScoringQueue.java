package org.chainbreaker.risk;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.chainbreaker.model.ImportedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When scoring happens, on one background thread so imports never wait for it and two scorings never overlap:
 * <ul>
 *   <li>after each committed import batch of waybills ({@link ImportedBatch}), exactly its shipments;</li>
 *   <li>every {@code chainbreaker.risk.sweep-interval}, the shipments never scored: those the CLI import command or a
 *       bulk load wrote while nobody was listening (and any whose scoring failed), a round at a time until none is
 *       left;</li>
 *   <li>on demand (the {@code scoreShipments} mutation), given shipments ({@link #score(List)}) or everything
 *       ({@link #scoreAll()}).</li>
 * </ul>
 */
@Component
class ScoringQueue implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ScoringQueue.class);
  static final String WAYBILLS = "waybills";

  private final ShipmentScorer scorer;
  private final RiskProperties properties;
  private ExecutorService worker;
  private ScheduledExecutorService clock;
  private volatile boolean running;

  ScoringQueue(ShipmentScorer scorer, RiskProperties properties) {
    this.scorer = scorer;
    this.properties = properties;
  }

  /** Scores the shipments of a committed import batch, in the background. */
  @EventListener
  void imported(ImportedBatch batch) {
    if (!properties.incremental() || !WAYBILLS.equals(batch.type()) || batch.keys().isEmpty() || !running) {
      return;
    }
    List<String> waybillNos = batch.keys();
    worker.execute(() -> {
      try {
        ScoringReport report = scorer.score(waybillNos);
        log.info("Import job {}: scored {} new shipments, {} alerts raised", batch.jobId(), report.shipments(),
            report.alertsRaised());
      } catch (RuntimeException e) {
        // The sweep picks these shipments up again: they have no score.
        log.warn("Import job {}: scoring {} shipments failed; the sweep will retry", batch.jobId(), waybillNos.size(),
            e);
      }
    });
  }

  /** Scores these shipments on the scoring thread, after whatever scoring is under way; the future ends with the report. */
  Future<ScoringReport> score(List<String> waybillNos) {
    List<String> copy = List.copyOf(waybillNos);
    return worker.submit(() -> scorer.score(copy));
  }

  /** Scores every shipment on the scoring thread; the future ends with the report. */
  Future<ScoringReport> scoreAll() {
    return worker.submit(scorer::scoreAll);
  }

  /** Scores the shipments never scored, on the scoring thread; the future ends with the report. */
  Future<ScoringReport> sweep() {
    return worker.submit(this::sweepNow);
  }

  private ScoringReport sweepNow() {
    ScoringReport total = ScoringReport.NONE;
    while (true) {
      ScoringReport round = scorer.scoreUnscored(properties.batchSize());
      if (round.shipments() == 0) {
        break;
      }
      total = total.plus(round);
    }
    if (total.shipments() > 0) {
      log.info("Sweep: scored {} shipments never scored before, {} alerts raised", total.shipments(),
          total.alertsRaised());
    }
    return total;
  }

  @Override
  public void start() {
    worker = Executors.newSingleThreadExecutor(task -> thread(task, "risk-scoring"));
    Duration interval = properties.sweepInterval();
    if (!interval.isZero() && !interval.isNegative()) {
      clock = Executors.newSingleThreadScheduledExecutor(task -> thread(task, "risk-sweep"));
      clock.scheduleWithFixedDelay(() -> {
        try {
          sweep().get();
        } catch (Exception e) {
          log.warn("Sweep failed; next try in {}", interval, e);
        }
      }, properties.sweepDelay().toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    if (clock != null) {
      clock.shutdownNow();
    }
    worker.shutdownNow();
    try {
      worker.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stops before the database does (phase 0), after the web server. */
  @Override
  public int getPhase() {
    return 100;
  }

  private static Thread thread(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }
}
