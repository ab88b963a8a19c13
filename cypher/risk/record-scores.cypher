// Purpose: risk scoring — records each scored shipment's score and the rules that fired as its RiskScore (one per
//          shipment, replaced on every scoring). Waybill numbers not in the graph are skipped.
// Parameters:
//   $rows  LIST<MAP>  {waybillNo, score (FLOAT), rules (LIST<STRING>: ids of the rules that fired), ...}
//   $now   DATETIME   when the scoring ran
// Returns one row: scored (INTEGER, shipments found and scored).
// Example: cypher-shell --param "rows => [{waybillNo: 'SF000000000001', score: 3.0, rules: ['seized-before']}]"
//          --param "now => datetime()" -f cypher/risk/record-scores.cypher
UNWIND $rows AS row
MATCH (s:Shipment {waybillNo: row.waybillNo})
MERGE (r:RiskScore {waybillNo: row.waybillNo})
// a new score has no scoredAt yet; only it needs its SCORES link (CREATE: a MERGE of the relationship would lock and
// search the shipment's relationships on every re-score, the costliest part of a round's writes)
WITH s, r, row, r.scoredAt IS NULL AS created
SET r.score = row.score, r.rules = row.rules, r.scoredAt = $now
FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END | CREATE (r)-[:SCORES]->(s))
RETURN count(*) AS scored
