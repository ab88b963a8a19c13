package org.chainbreaker.risk;

/**
 * What one scoring run did.
 *
 * @param shipments shipments scored (waybill numbers not in the graph are skipped)
 * @param firings rule firings in all
 * @param alertsRaised new alerts
 * @param alertsUpdated existing alerts whose score or rules were brought up to date
 * @param durationMs how long it took
 */
public record ScoringReport(int shipments, int firings, int alertsRaised, int alertsUpdated, long durationMs) {

  static final ScoringReport NONE = new ScoringReport(0, 0, 0, 0, 0);

  ScoringReport plus(ScoringReport other) {
    return new ScoringReport(shipments + other.shipments, firings + other.firings, alertsRaised + other.alertsRaised,
        alertsUpdated + other.alertsUpdated, durationMs + other.durationMs);
  }
}
