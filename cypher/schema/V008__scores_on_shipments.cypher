// Purpose: risk scores live on the shipment (riskScore, riskRules, scoredAt) instead of a RiskScore node linked to it
//          by SCORES: moves every existing score onto its shipment (a score whose shipment is gone is dropped) in
//          batches of 10,000, then drops the RiskScore constraint. Interrupted, it is simply run again.
// Parameters: none (schema statements, applied once at start-up by the migration runner, in file order).
// Example: cypher-shell -f cypher/schema/V008__scores_on_shipments.cypher
MATCH (r:RiskScore)
CALL (r) {
  OPTIONAL MATCH (r)-[:SCORES]->(s:Shipment)
  SET s.riskScore = r.score, s.riskRules = r.rules, s.scoredAt = r.scoredAt
  DETACH DELETE r
} IN TRANSACTIONS OF 10000 ROWS;
DROP CONSTRAINT risk_score_waybill IF EXISTS;
