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
SET r.score = row.score, r.rules = row.rules, r.scoredAt = $now
MERGE (r)-[:SCORES]->(s)
RETURN count(*) AS scored
