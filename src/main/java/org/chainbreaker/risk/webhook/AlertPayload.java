package org.chainbreaker.risk.webhook;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.chainbreaker.risk.AlertRaised;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON body POSTed for a new alert: the {@link AlertRaised} fields plus the event name and the delivery id.
 * Made once when the delivery is recorded and stored with it, so every attempt sends the same bytes.
 *
 * @param event always {@code alert.raised}
 * @param deliveryId the delivery's id (also the {@code Idempotency-Key} header)
 * @param alertId the alert's id
 * @param waybillNo the scored shipment's waybill number
 * @param score the shipment's score
 * @param threshold the alert threshold it passed
 * @param rules the rules that fired, highest weight first
 * @param raisedAt when the alert was created, ISO-8601 in UTC
 */
record AlertPayload(String event, String deliveryId, String alertId, String waybillNo, double score,
    double threshold, List<AlertRaised.RuleHit> rules, String raisedAt) {

  static final String EVENT = "alert.raised";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The payload of the alert's delivery to one endpoint. */
  static AlertPayload of(AlertRaised alert, String deliveryId) {
    String raisedAt = alert.raisedAt() == null ? null
        : alert.raisedAt().withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    return new AlertPayload(EVENT, deliveryId, alert.alertId(), alert.waybillNo(), alert.score(), alert.threshold(),
        alert.rules(), raisedAt);
  }

  /**
   * The delivery id of an alert to one endpoint: derived from both, so recording the same alert twice (an event
   * published again) finds the delivery already there instead of sending it twice.
   */
  static String deliveryId(String alertId, String endpoint) {
    return UUID.nameUUIDFromBytes((alertId + "\n" + endpoint).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** The JSON text sent. */
  String json() {
    return JSON.writeValueAsString(this);
  }
}
