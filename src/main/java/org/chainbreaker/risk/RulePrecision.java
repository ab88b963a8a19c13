package org.chainbreaker.risk;

/**
 * How one rule has done: where it fired and how investigators decided the alerts it fired on.
 *
 * @param rule the rule
 * @param shipments scored shipments it fires on
 * @param alerts alerts it is part of
 * @param confirmed decided alerts it had fired on that were confirmed
 * @param dismissed decided alerts it had fired on that were dismissed
 * @param precision confirmed / (confirmed + dismissed); null before any alert it fired on was decided
 */
public record RulePrecision(RiskRule rule, long shipments, long alerts, long confirmed, long dismissed,
    Double precision) {

  static RulePrecision of(RiskRule rule, long shipments, long alerts, long confirmed, long dismissed) {
    long decided = confirmed + dismissed;
    return new RulePrecision(rule, shipments, alerts, confirmed, dismissed,
        decided == 0 ? null : (double) confirmed / decided);
  }
}
