package org.chainbreaker.risk.webhook;

import org.chainbreaker.risk.Alert;
import org.chainbreaker.risk.UnknownAlertException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.chainbreaker.graph.CypherRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The record of delivery of alerts to case systems, and an operator's retry of a FAILED delivery. Deliveries of many
 * alerts are read in one query ({@link #forAlerts}), so a list of alerts with their deliveries costs one round trip.
 */
@Service
public class WebhookDeliveries {

  private final CypherRunner runner;
  private final WebhookProperties properties;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  @Autowired
  WebhookDeliveries(CypherRunner runner, WebhookProperties properties, ApplicationEventPublisher events) {
    this(runner, properties, events, Clock.systemUTC());
  }

  WebhookDeliveries(CypherRunner runner, WebhookProperties properties, ApplicationEventPublisher events,
      Clock clock) {
    this.runner = runner;
    this.properties = properties;
    this.events = events;
    this.clock = clock;
  }

  /**
   * The deliveries of each of the given alerts, in one query: every id asked for is a key (an empty list when the
   * alert has no delivery), in the order given; each list is ordered by endpoint name.
   */
  public Map<String, List<WebhookDelivery>> forAlerts(Collection<String> alertIds) {
    Map<String, List<WebhookDelivery>> byAlert = new LinkedHashMap<>();
    for (String alertId : new LinkedHashSet<>(alertIds)) {
      byAlert.put(alertId, new ArrayList<>());
    }
    if (byAlert.isEmpty()) {
      return Map.of();
    }
    runner.read("risk/webhook-deliveries", Map.of("alertIds", List.copyOf(byAlert.keySet())),
        WebhookDeliveries::delivery).forEach(delivery -> byAlert.get(delivery.alertId()).add(delivery));
    byAlert.replaceAll((alertId, deliveries) -> List.copyOf(deliveries));
    return byAlert;
  }

  /** The deliveries of one alert, by endpoint name; an unknown alert id (no delivery, no Alert node) is an error. */
  public List<WebhookDelivery> forAlert(String alertId) {
    List<WebhookDelivery> deliveries = forAlerts(List.of(alertId)).get(alertId);
    if (deliveries.isEmpty() && !alertKnown(alertId)) {
      throw new UnknownAlertException(alertId);
    }
    return deliveries;
  }

  /**
   * The deliveries of an alert named by its id or by its shipment's waybill number ({@code EM711149604865} for
   * {@code Alert/EM711149604865}): the id as given when an alert or a delivery has it, else the waybill number's
   * alert; neither known is an error naming what was asked.
   */
  public List<WebhookDelivery> forAlertOrWaybill(String alertIdOrWaybillNo) {
    List<WebhookDelivery> asGiven = forAlerts(List.of(alertIdOrWaybillNo)).get(alertIdOrWaybillNo);
    if (!asGiven.isEmpty() || alertKnown(alertIdOrWaybillNo)) {
      return asGiven;
    }
    String byWaybill = Alert.idOf(alertIdOrWaybillNo);
    List<WebhookDelivery> deliveries = forAlerts(List.of(byWaybill)).get(byWaybill);
    if (deliveries.isEmpty() && !alertKnown(byWaybill)) {
      throw new UnknownAlertException(alertIdOrWaybillNo);
    }
    return deliveries;
  }

  /** One delivery with its history. */
  public WebhookDelivery delivery(String id) {
    return runner.readOne("risk/webhook-delivery", Map.of("id", id), WebhookDeliveries::delivery)
        .orElseThrow(() -> new UnknownDeliveryException(id));
  }

  /**
   * Sends a FAILED delivery again: PENDING at once, with a new round of {@code max-attempts} attempts; its history
   * stays. Refused for a delivery that has not FAILED or whose endpoint is no longer configured.
   */
  public WebhookDelivery retry(String id) {
    WebhookDelivery delivery = delivery(id);
    if (delivery.status() != DeliveryStatus.FAILED) {
      throw new DeliveryNotRetriableException(id, delivery.status(), "it is " + delivery.status()
          + "; only a FAILED delivery is sent again");
    }
    if (properties.endpoint(delivery.endpoint()).isEmpty()) {
      throw new DeliveryNotRetriableException(id, delivery.status(), "its endpoint '" + delivery.endpoint()
          + "' is no longer configured (chainbreaker.risk.webhooks.endpoints)");
    }
    String before = runner.write("risk/webhook-retry", Map.of("id", id, "now", OffsetDateTime.now(clock)),
        r -> r.get("before").asString()).stream().findFirst().orElseThrow(() -> new UnknownDeliveryException(id));
    if (!DeliveryStatus.FAILED.name().equals(before)) {
      // changed between the read and the write (another operator's retry)
      throw new DeliveryNotRetriableException(id, DeliveryStatus.valueOf(before), "it is " + before
          + "; only a FAILED delivery is sent again");
    }
    events.publishEvent(new DeliveriesRecorded(1));
    return delivery(id);
  }

  private boolean alertKnown(String alertId) {
    return runner.readOne("risk/webhook-alert-known", Map.of("alertId", alertId), r -> r.get("known").asBoolean())
        .orElse(false);
  }

  private static WebhookDelivery delivery(Record record) {
    Value d = record.get("delivery");
    List<WebhookDelivery.Attempt> history = record.get("history").asList(a -> new WebhookDelivery.Attempt(
        a.get("number").asInt(), time(a.get("at")), a.get("url").asString(null), integer(a.get("statusCode")),
        a.get("error").asString(null), a.get("durationMs").asLong(0)));
    return new WebhookDelivery(d.get("id").asString(), d.get("alertId").asString(), d.get("endpoint").asString(),
        DeliveryStatus.valueOf(d.get("status").asString()), d.get("attempts").asInt(0), d.get("retries").asInt(0),
        time(d.get("createdAt")), time(d.get("nextAttemptAt")), time(d.get("lastAttemptAt")),
        integer(d.get("lastStatusCode")), d.get("lastError").asString(null), time(d.get("deliveredAt")), history);
  }

  private static OffsetDateTime time(Value value) {
    return value.isNull() ? null : value.asZonedDateTime().toOffsetDateTime();
  }

  private static Integer integer(Value value) {
    return value.isNull() ? null : value.asInt();
  }
}
