// Purpose: risk alerts — per rule, how often it fired and how the alerts it fired on were decided: shipments it
//          fired on, alerts it is part of, and of the decided alerts (the rules recorded when the investigator
//          decided) how many were confirmed and how many dismissed.
// Parameters:
//   $ruleIds  LIST<STRING>  the rules to report
// Returns one row per rule: ruleId, shipments, alerts, confirmed, dismissed (INTEGER each).
// Example: cypher-shell --param "ruleIds => ['seized-before', 'near-suspect']" -f cypher/risk/rule-precision.cypher
CALL () {
  // every scored shipment's rules read once, not once per rule
  MATCH (s:Shipment) WHERE s.riskRules IS NOT NULL
  UNWIND s.riskRules AS fired
  WITH fired, count(*) AS shipments
  RETURN collect({ruleId: fired, shipments: shipments}) AS firings
}
UNWIND $ruleIds AS ruleId
WITH ruleId, coalesce([f IN firings WHERE f.ruleId = ruleId | f.shipments][0], 0) AS shipments
CALL (ruleId) {
  MATCH (a:Alert) WHERE ruleId IN a.rules
  RETURN count(a) AS alerts
}
CALL (ruleId) {
  MATCH (a:Alert {status: 'CONFIRMED'}) WHERE ruleId IN a.decidedRules
  RETURN count(a) AS confirmed
}
CALL (ruleId) {
  MATCH (a:Alert {status: 'DISMISSED'}) WHERE ruleId IN a.decidedRules
  RETURN count(a) AS dismissed
}
RETURN ruleId, shipments, alerts, confirmed, dismissed
