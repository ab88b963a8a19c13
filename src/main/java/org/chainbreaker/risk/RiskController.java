package org.chainbreaker.risk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.chainbreaker.api.InvalidArgumentException;
import org.chainbreaker.graph.RequestDeadline;
import org.chainbreaker.model.Page;
import org.chainbreaker.model.Shipment;
import org.chainbreaker.model.Subgraph;
import org.dataloader.DataLoader;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** GraphQL fields of risk.graphqls: each names its field and delegates to the alert desk, the scoring queue or the feed. */
@Controller
class RiskController {

  static final int MAX_WAYBILLS = 10_000;

  private final AlertDesk desk;
  private final ScoringQueue queue;
  private final RuleCatalogue rules;
  private final AlertFeed feed;

  RiskController(AlertDesk desk, ScoringQueue queue, RuleCatalogue rules, AlertFeed feed,
      BatchLoaderRegistry loaders) {
    this.desk = desk;
    this.queue = queue;
    this.rules = rules;
    this.feed = feed;
    // the alerts' histories of one request, read together (history and comments of any number of alerts: one query)
    loaders.<String, List<Alert.Event>>forName("alertHistory")
        .registerMappedBatchLoader((ids, environment) -> Mono.fromCallable(() -> desk.history(List.copyOf(ids))));
  }

  @QueryMapping
  Window<Alert> alerts(@Argument AlertFilter filter, ScrollSubrange subrange, @Argument Integer first) {
    return desk.alerts(filter, Page.start(subrange), first).window();
  }

  @QueryMapping
  Alert alert(@Argument String id) {
    return desk.alert(id).orElse(null);
  }

  @QueryMapping
  List<RiskRule> riskRules() {
    return rules.all();
  }

  @QueryMapping
  List<RulePrecision> rulePrecision() {
    return desk.precision();
  }

  @MutationMapping
  Alert acknowledgeAlert(@Argument String id, @Argument String by, @Argument String note) {
    return desk.change(id, AlertStatus.ACKNOWLEDGED, by, note);
  }

  @MutationMapping
  Alert confirmAlert(@Argument String id, @Argument String by, @Argument String note) {
    return desk.change(id, AlertStatus.CONFIRMED, by, note);
  }

  @MutationMapping
  Alert dismissAlert(@Argument String id, @Argument String by, @Argument String note) {
    return desk.change(id, AlertStatus.DISMISSED, by, note);
  }

  @MutationMapping
  Alert assignAlert(@Argument String id, @Argument String assignee, @Argument String by) {
    return desk.assign(id, assignee, by);
  }

  @MutationMapping
  Alert commentOnAlert(@Argument String id, @Argument String text, @Argument String by) {
    return desk.comment(id, text, by);
  }

  @MutationMapping
  ScoringReport scoreShipments(@Argument List<String> waybillNos) {
    if (waybillNos == null) {
      return scoreEverything();
    }
    if (waybillNos.isEmpty() || waybillNos.size() > MAX_WAYBILLS) {
      throw new InvalidArgumentException("waybillNos", "1 to " + MAX_WAYBILLS + " waybill numbers, was "
          + waybillNos.size() + "; leave it out to score every shipment");
    }
    return awaited(queue.score(waybillNos));
  }

  @SubscriptionMapping
  Flux<Alert> alertRaised(@Argument Double minScore) {
    return feed.alerts().filter(alert -> minScore == null || alert.score() >= minScore).map(Alert::raised);
  }

  @BatchMapping
  Map<Alert, Shipment> shipment(List<Alert> alerts) {
    Map<String, Shipment> shipments = desk.shipments(alerts.stream().map(Alert::waybillNo).distinct().toList());
    Map<Alert, Shipment> byAlert = new LinkedHashMap<>();
    alerts.forEach(alert -> byAlert.put(alert, shipments.get(alert.waybillNo())));
    return byAlert;
  }

  @SchemaMapping
  CompletableFuture<List<Alert.Event>> history(Alert alert, DataLoader<String, List<Alert.Event>> alertHistory) {
    return alertHistory.load(alert.id());
  }

  /** The history's COMMENTED entries: read with the history, once per request, whichever of the two is asked for. */
  @SchemaMapping
  CompletableFuture<List<Alert.Comment>> comments(Alert alert, DataLoader<String, List<Alert.Event>> alertHistory) {
    return alertHistory.load(alert.id()).thenApply(history -> history.stream()
        .filter(event -> "COMMENTED".equals(event.action()))
        .map(event -> new Alert.Comment(event.at(), event.actor(), event.note())).toList());
  }

  @SchemaMapping
  Subgraph explanation(Alert alert) {
    return desk.explanation(alert.id());
  }

  /** Scores every shipment on the scoring thread, waiting for it as {@link #awaited} says. */
  private ScoringReport scoreEverything() {
    return awaited(queue.scoreAll());
  }

  /**
   * Waits for a scoring on the scoring thread (never on the request thread: scorings must not overlap, and alerts are
   * announced from that one thread) while the request has time; past that the request is answered with a timeout
   * error and the scoring goes on in the background.
   */
  private static ScoringReport awaited(Future<ScoringReport> running) {
    long waitMs = RequestDeadline.current().map(deadline -> deadline.remaining().toMillis()).orElse(60_000L);
    try {
      return running.get(Math.max(1, waitMs), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new ScoringContinuesException();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while scoring", e);
    }
  }
}
