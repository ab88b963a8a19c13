package org.chainbreaker.risk.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.chainbreaker.graph.CypherRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's due deliveries, on threads of its own (never the thread that raised the alert): at once when
 * deliveries are recorded or retried, when a failed delivery's back-off ends, and every {@code dispatch-interval} (which
 * catches what no event announced: deliveries left by a stopped instance, expired leases). Each round leases the due deliveries of each
 * endpoint (at most {@code max-in-flight-per-endpoint} under way per endpoint, so a hanging endpoint cannot use up
 * what a healthy one needs), POSTs them asynchronously and records each outcome: DELIVERED on a 2xx, else PENDING
 * again after an exponential back-off with jitter, or FAILED after the last attempt. The state lives in the graph:
 * a new dispatcher (after a restart) carries on where the last one stopped. Delivery is at least once: a delivery
 * whose outcome was not recorded (the process stopped mid-POST) is sent again after its lease; receivers de-duplicate
 * on the {@code Idempotency-Key} header.
 */
@Component
class WebhookDispatcher implements SmartLifecycle {

  /** After the graph's bootstrap (migrations, phase 0); stopped before it and before the driver closes. */
  static final int PHASE = 10;

  private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

  private final CypherRunner runner;
  private final WebhookProperties properties;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
  private final AtomicBoolean roundQueued = new AtomicBoolean();
  private volatile ScheduledExecutorService rounds;
  private volatile ExecutorService completions;
  private volatile WebhookSender sender;

  @Autowired
  WebhookDispatcher(CypherRunner runner, WebhookProperties properties) {
    this(runner, properties, Clock.systemUTC());
  }

  WebhookDispatcher(CypherRunner runner, WebhookProperties properties, Clock clock) {
    this.runner = runner;
    this.properties = properties;
    this.policy = RetryPolicy.of(properties);
    this.clock = clock;
  }

  @Override
  public synchronized void start() {
    if (rounds != null) {
      return;
    }
    completions = Executors.newFixedThreadPool(2, named("webhook-sender"));
    sender = new WebhookSender(properties.requestTimeout(), completions, clock);
    rounds = Executors.newSingleThreadScheduledExecutor(named("webhook-dispatcher"));
    if (properties.endpoints().isEmpty()) {
      log.info("Webhooks: no endpoint configured (chainbreaker.risk.webhooks.endpoints); alerts are not posted");
      return;
    }
    log.info("Webhooks: posting new alerts to {}", properties.endpoints());
    long interval = properties.dispatchInterval().toMillis();
    rounds.scheduleWithFixedDelay(this::round, 0, interval, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (rounds == null) {
      return;
    }
    // No interrupt: a round interrupted inside a database call would close its connection; rounds are short.
    rounds.shutdown();
    try {
      rounds.awaitTermination(properties.requestTimeout().toMillis() + 5000, TimeUnit.MILLISECONDS);
      // Let POSTs under way (each ends within the request timeout) record their outcome; one left unrecorded is sent
      // again after its lease.
      long deadline = System.nanoTime() + properties.requestTimeout().plusSeconds(2).toNanos();
      while (inFlight.values().stream().mapToInt(AtomicInteger::get).sum() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    rounds.shutdownNow();
    completions.shutdownNow();
    rounds = null;
    completions = null;
  }

  @Override
  public boolean isRunning() {
    return rounds != null;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }

  /** New due deliveries: run a round now. */
  @EventListener
  void deliveriesRecorded(DeliveriesRecorded recorded) {
    requestRound();
  }

  /** Runs a round soon (at most one waits in the queue at a time; it sees everything due by then). */
  private void requestRound() {
    ScheduledExecutorService executor = rounds;
    if (executor != null && !properties.endpoints().isEmpty() && roundQueued.compareAndSet(false, true)) {
      try {
        executor.execute(this::round);
      } catch (RejectedExecutionException e) {
        roundQueued.set(false); // stopping: the next dispatcher picks them up from the graph
      }
    }
  }

  /** Runs a round when a retry falls due, so retries keep their back-off whatever the dispatch interval. */
  private void requestRoundAt(OffsetDateTime due) {
    ScheduledExecutorService executor = rounds;
    if (executor == null) {
      return;
    }
    // a few milliseconds late, so the round's clock has certainly passed the delivery's nextAttemptAt
    long delay = Duration.between(OffsetDateTime.now(clock), due).toMillis() + 5;
    try {
      executor.schedule(this::requestRound, Math.max(delay, 0), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // stopping: the next dispatcher picks it up from the graph
    }
  }

  /** One round: send what is due for each endpoint. */
  void round() {
    roundQueued.set(false);
    try {
      for (WebhookProperties.Endpoint endpoint : properties.endpoints()) {
        dispatch(endpoint);
      }
    } catch (RuntimeException e) {
      // a scheduled task that throws is never run again: log and carry on at the next round
      log.warn("Webhook round failed; trying again in {}: {}", properties.dispatchInterval(), e.toString());
    }
  }

  private void dispatch(WebhookProperties.Endpoint endpoint) {
    AtomicInteger busy = inFlight.computeIfAbsent(endpoint.name(), name -> new AtomicInteger());
    int free = properties.maxInFlightPerEndpoint() - busy.get();
    if (free <= 0) {
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    // The lease outlasts the POST (timeout) and the recording of its outcome.
    Duration lease = properties.requestTimeout().multipliedBy(2).plusSeconds(30);
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("endpoint", endpoint.name());
    parameters.put("now", now);
    parameters.put("leaseUntil", now.plus(lease));
    parameters.put("limit", free);
    List<Due> due = runner.write("risk/webhook-claim", parameters, r -> new Due(r.get("id").asString(),
        r.get("payload").asString(), r.get("attempts").asInt(0), r.get("roundAttempts").asInt(0)));
    // Took as many as the endpoint may have in flight: more may be due, so the next completion starts a round.
    boolean moreDue = due.size() >= free;
    for (Due delivery : due) {
      busy.incrementAndGet();
      int number = delivery.attempts() + 1;
      sender.send(endpoint, delivery.id(), delivery.payload(), number)
          .thenAcceptAsync(result -> record(endpoint, delivery, number, result), completions)
          .whenComplete((ignored, failure) -> {
            busy.decrementAndGet();
            if (failure != null) {
              log.warn("Could not record the outcome of webhook delivery {}; it is sent again after its lease: {}",
                  delivery.id(), failure.toString());
            }
            if (moreDue) {
              requestRound();
            }
          });
    }
  }

  private void record(WebhookProperties.Endpoint endpoint, Due delivery, int number, AttemptResult result) {
    DeliveryStatus status;
    OffsetDateTime next = null;
    int failedInRound = delivery.roundAttempts() + 1;
    if (result.succeeded()) {
      status = DeliveryStatus.DELIVERED;
    } else if (policy.exhausted(failedInRound)) {
      status = DeliveryStatus.FAILED;
      log.warn("Webhook delivery {} of an alert to {} FAILED after {} attempts: {}", delivery.id(), endpoint.name(),
          failedInRound, result.error());
    } else {
      status = DeliveryStatus.PENDING;
      next = OffsetDateTime.now(clock).plus(
          policy.delay(failedInRound, ThreadLocalRandom.current().nextDouble(), result.retryAfter()));
    }
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("id", delivery.id());
    parameters.put("number", number);
    parameters.put("at", result.at());
    parameters.put("url", result.url());
    parameters.put("statusCode", result.statusCode());
    parameters.put("error", result.error());
    parameters.put("durationMs", result.durationMs());
    parameters.put("status", status.name());
    parameters.put("nextAttemptAt", next);
    parameters.put("deliveredAt", result.succeeded() ? OffsetDateTime.now(clock) : null);
    runner.write("risk/webhook-attempt", parameters);
    if (next != null) {
      requestRoundAt(next);
    }
  }

  private static ThreadFactory named(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** A leased delivery. */
  private record Due(String id, String payload, int attempts, int roundAttempts) {}
}
