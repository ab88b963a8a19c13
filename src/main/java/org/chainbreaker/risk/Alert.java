package org.chainbreaker.risk;

import java.util.List;
import org.neo4j.driver.Value;

/**
 * A shipment whose score passed the threshold, for an investigator to check.
 *
 * @param id stable id, {@code Alert/<waybill number>}: one alert per shipment
 * @param waybillNo the shipment's waybill number
 * @param score the sum of the weights of the rules that fire (kept up to date by re-scoring)
 * @param threshold the threshold in force when it was raised
 * @param belowThreshold its latest score is at or below the threshold (the rules that raised it no longer hold); it
 *     keeps its status and history
 * @param status where it stands
 * @param assignee the investigator it is assigned to, if any
 * @param createdAt when it was raised (ISO-8601)
 * @param updatedAt when it last changed (ISO-8601)
 * @param rules the rules that fired, highest weight first
 */
public record Alert(String id, String waybillNo, double score, double threshold, boolean belowThreshold,
    AlertStatus status, String assignee, String createdAt, String updatedAt, List<AlertRule> rules) {

  /** The id of a shipment's alert. */
  public static String idOf(String waybillNo) {
    return "Alert/" + waybillNo;
  }

  /** Reads the map cypher/risk/alert.cypher and alerts.cypher return. */
  static Alert from(Value alert) {
    return new Alert(text(alert, "id"), text(alert, "waybillNo"), alert.get("score").asDouble(),
        alert.get("threshold").asDouble(0), alert.get("belowThreshold").asBoolean(false),
        AlertStatus.valueOf(text(alert, "status")),
        text(alert, "assignee"), time(alert, "createdAt"), time(alert, "updatedAt"),
        alert.get("hits").asList(hit -> new AlertRule(text(hit, "ruleId"), text(hit, "name"),
            hit.get("weight").asDouble(), text(hit, "reason"))));
  }

  /** A new alert as announced, before anyone touched it. */
  static Alert raised(AlertRaised event) {
    return new Alert(event.alertId(), event.waybillNo(), event.score(), event.threshold(), false, AlertStatus.NEW, null,
        event.raisedAt().toString(), event.raisedAt().toString(), event.rules().stream()
            .map(hit -> new AlertRule(hit.ruleId(), hit.name(), hit.weight(), hit.evidence())).toList());
  }

  static String text(Value map, String key) {
    Value value = map.get(key);
    return value.isNull() ? null : value.asString();
  }

  static String time(Value map, String key) {
    Value value = map.get(key);
    return value.isNull() ? null : value.asZonedDateTime().toOffsetDateTime().toString();
  }

  /**
   * A rule that fired on the alert's shipment.
   *
   * @param ruleId the rule's id
   * @param name the rule's name
   * @param weight the weight it added
   * @param reason what made it fire, in one line
   */
  public record AlertRule(String ruleId, String name, double weight, String reason) {}

  /**
   * One entry of an alert's history: who did what when.
   *
   * @param at when (ISO-8601)
   * @param actor who (an investigator, or {@code risk scoring})
   * @param action RAISED, RESCORED, ACKNOWLEDGED, CONFIRMED, DISMISSED, ASSIGNED or COMMENTED
   * @param fromStatus status before a status change
   * @param toStatus status after a status change (NEW when raised)
   * @param note the comment, the reason given, the score change or the assignment
   */
  public record Event(String at, String actor, String action, AlertStatus fromStatus, AlertStatus toStatus,
      String note) {

    static Event from(Value event) {
      return new Event(time(event, "at"), text(event, "actor"), text(event, "action"),
          status(event.get("fromStatus")), status(event.get("toStatus")), text(event, "note"));
    }

    private static AlertStatus status(Value value) {
      return value.isNull() ? null : AlertStatus.valueOf(value.asString());
    }
  }

  /**
   * An investigator's comment on an alert.
   *
   * @param at when (ISO-8601)
   * @param author who wrote it
   * @param text the comment
   */
  public record Comment(String at, String author, String text) {}
}
