package org.chainbreaker.risk;

/**
 * Which alerts to list (every part optional).
 *
 * @param status only alerts in this status
 * @param assignee only alerts assigned to this investigator
 * @param minScore only alerts scoring at least this
 * @param rule only alerts on which this rule fired
 * @param belowThreshold true: only alerts whose latest score is at or below the threshold; false: only those above it
 * @param since only alerts raised at or after this (ISO date or date-time with offset)
 * @param until only alerts raised before this (ISO date or date-time with offset)
 */
record AlertFilter(AlertStatus status, String assignee, Double minScore, String rule, Boolean belowThreshold,
    String since, String until) {

  static final AlertFilter ANY = new AlertFilter(null, null, null, null, null, null, null);
}
