package org.chainbreaker.risk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * One rule firing on one shipment, with its evidence: the entity ids of the nodes and the element ids of the
 * relationships that made it fire (the alert's explanation draws them), and a one-line reason.
 */
record RuleFiring(RiskRule rule, String reason, List<String> nodeIds, List<String> relationshipIds) {

  /** The same rule firing twice on one shipment (e.g. on both its phones): one firing, reasons and evidence joined. */
  RuleFiring and(RuleFiring other) {
    List<String> nodes = new ArrayList<>(new LinkedHashSet<>(concat(nodeIds, other.nodeIds)));
    List<String> links = new ArrayList<>(new LinkedHashSet<>(concat(relationshipIds, other.relationshipIds)));
    String reasons = reason.equals(other.reason) ? reason : reason + "; " + other.reason;
    return new RuleFiring(rule, reasons, nodes, links);
  }

  /** As a row for cypher/risk/raise-alerts.cypher. */
  Map<String, Object> row() {
    return Map.of("ruleId", rule.id(), "name", rule.name(), "weight", rule.weight(), "reason", reason,
        "evidence", nodeIds, "links", relationshipIds);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
