package org.chainbreaker.risk.webhook;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chainbreaker.graph.ScriptTransaction;
import org.chainbreaker.risk.AlertOutbox;
import org.chainbreaker.risk.AlertRaised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The webhook outbox: records one PENDING delivery per configured endpoint for each new alert, in the transaction
 * that raises the alert (see {@link AlertOutbox}: the alert and its deliveries commit together, so none is lost when
 * the process stops right after the commit or the database fails between two writes). It never makes an HTTP call;
 * once the alerts committed it wakes the dispatcher, which sends what is due.
 */
@Component
class WebhookOutbox implements AlertOutbox {

  private final WebhookProperties properties;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  @Autowired
  WebhookOutbox(WebhookProperties properties, ApplicationEventPublisher events) {
    this(properties, events, Clock.systemUTC());
  }

  WebhookOutbox(WebhookProperties properties, ApplicationEventPublisher events, Clock clock) {
    this.properties = properties;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void record(ScriptTransaction tx, List<AlertRaised> alerts) {
    List<Map<String, Object>> deliveries = new ArrayList<>();
    for (AlertRaised alert : alerts) {
      for (WebhookProperties.Endpoint endpoint : properties.endpoints()) {
        String id = AlertPayload.deliveryId(alert.alertId(), endpoint.name());
        deliveries.add(Map.of("id", id, "alertId", alert.alertId(), "endpoint", endpoint.name(),
            "payload", AlertPayload.of(alert, id).json()));
      }
    }
    if (!deliveries.isEmpty()) {
      tx.run("risk/webhook-enqueue", Map.of("deliveries", deliveries, "now", OffsetDateTime.now(clock)));
    }
  }

  /** A new alert committed, with its deliveries: the dispatcher sends them now rather than at its next round. */
  @EventListener
  void alertRaised(AlertRaised alert) {
    if (!properties.endpoints().isEmpty()) {
      events.publishEvent(new DeliveriesRecorded(properties.endpoints().size()));
    }
  }
}
