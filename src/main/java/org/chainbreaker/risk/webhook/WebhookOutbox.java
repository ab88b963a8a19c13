package org.chainbreaker.risk.webhook;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.chainbreaker.graph.CypherRunner;
import org.chainbreaker.risk.AlertRaised;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Listens for {@link AlertRaised} and records one PENDING delivery per configured endpoint in the graph (the outbox),
 * in a write transaction of its own, then wakes the dispatcher. It never makes an HTTP call: the thread that raised
 * the alert (an import) waits for one small write only. Should that write fail (the database briefly unavailable),
 * the alert is kept in memory and recorded at the dispatcher's next round, so it is not lost while the service runs.
 */
@Component
class WebhookOutbox {

  private static final Logger log = LoggerFactory.getLogger(WebhookOutbox.class);

  private final CypherRunner runner;
  private final WebhookProperties properties;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Queue<AlertRaised> unrecorded = new ConcurrentLinkedQueue<>();

  @Autowired
  WebhookOutbox(CypherRunner runner, WebhookProperties properties, ApplicationEventPublisher events) {
    this(runner, properties, events, Clock.systemUTC());
  }

  WebhookOutbox(CypherRunner runner, WebhookProperties properties, ApplicationEventPublisher events, Clock clock) {
    this.runner = runner;
    this.properties = properties;
    this.events = events;
    this.clock = clock;
  }

  @EventListener
  void alertRaised(AlertRaised alert) {
    if (properties.endpoints().isEmpty()) {
      return;
    }
    try {
      int recorded = record(alert);
      events.publishEvent(new DeliveriesRecorded(recorded));
    } catch (RuntimeException e) {
      // Never fail the caller (the alert is committed): keep it and record it at the dispatcher's next round.
      log.warn("Could not record webhook deliveries of alert {} now; will try again: {}", alert.alertId(),
          e.toString());
      unrecorded.add(alert);
    }
  }

  /** Records the alerts whose recording failed earlier; returns how many deliveries that added. */
  int recordUnrecorded() {
    int recorded = 0;
    for (AlertRaised alert; (alert = unrecorded.peek()) != null; ) {
      recorded += record(alert);
      unrecorded.remove();
    }
    return recorded;
  }

  private int record(AlertRaised alert) {
    List<Map<String, Object>> deliveries = new ArrayList<>();
    for (WebhookProperties.Endpoint endpoint : properties.endpoints()) {
      String id = AlertPayload.deliveryId(alert.alertId(), endpoint.name());
      deliveries.add(Map.of("id", id, "alertId", alert.alertId(), "endpoint", endpoint.name(),
          "payload", AlertPayload.of(alert, id).json()));
    }
    runner.write("risk/webhook-enqueue", Map.of("deliveries", deliveries, "now", OffsetDateTime.now(clock)));
    return deliveries.size();
  }
}
