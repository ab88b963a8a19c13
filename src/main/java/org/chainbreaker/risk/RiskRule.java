package org.chainbreaker.risk;

/**
 * One risk rule: a Cypher file of {@code cypher/rules/} and what its header says.
 *
 * @param id the rule's id (header {@code Rule:}; the file is {@code cypher/rules/<id>.cypher})
 * @param name a short name for investigators
 * @param weight the weight it adds to a shipment's score when it fires (configuration may override the header's)
 * @param headerWeight the weight its header gives
 * @param description what makes it fire
 */
public record RiskRule(String id, String name, double weight, double headerWeight, String description) {

  /** The script's name for the Cypher runner. */
  String script() {
    return RuleCatalogue.FOLDER + "/" + id;
  }
}
