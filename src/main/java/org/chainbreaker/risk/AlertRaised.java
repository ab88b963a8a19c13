package org.chainbreaker.risk;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A new alert, handed to the {@link AlertOutbox}es inside the transaction that creates it and announced (as a Spring
 * application event) only after that transaction committed. It is what the GraphQL subscription pushes and what
 * webhooks post to case systems, so it carries everything a receiver needs without a call back: the shipment, the
 * score and each rule that fired with its evidence summary.
 *
 * @param alertId the alert's stable id
 * @param waybillNo the scored shipment's waybill number
 * @param score the sum of the weights of the rules that fired
 * @param threshold the alert threshold the score passed
 * @param rules the rules that fired, highest weight first
 * @param raisedAt when the alert was created
 */
public record AlertRaised(String alertId, String waybillNo, double score, double threshold, List<RuleHit> rules,
    OffsetDateTime raisedAt) {

  public AlertRaised {
    rules = List.copyOf(rules);
  }

  /**
   * One rule that fired on the shipment.
   *
   * @param ruleId the rule's id (its file's header)
   * @param name the rule's name
   * @param weight the weight it added to the score
   * @param evidence one line saying what made it fire (the full evidence is the alert's explanation subgraph)
   */
  public record RuleHit(String ruleId, String name, double weight, String evidence) {}
}
