// Purpose: risk scoring — records each scored shipment's score and the rules that fired on the shipment itself
//          (riskScore, riskRules, scoredAt; replaced on every scoring). Waybill numbers not in the graph are skipped.
//          Properties rather than a score node of its own: a round writes 10,000 of them, and setting three
//          properties took a third of the time of creating, indexing and linking a node (95 against 280 ms per
//          5,000 new scores, on the scale-10 demo).
// Parameters:
//   $rows  LIST<MAP>  {waybillNo, score (FLOAT), rules (LIST<STRING>: ids of the rules that fired), ...}
//   $now   DATETIME   when the scoring ran
// Returns one row: scored (INTEGER, shipments found and scored).
// Example: cypher-shell --param "rows => [{waybillNo: 'SF000000000001', score: 3.0, rules: ['seized-before']}]"
//          --param "now => datetime()" -f cypher/risk/record-scores.cypher
UNWIND $rows AS row
MATCH (s:Shipment {waybillNo: row.waybillNo})
SET s.riskScore = row.score, s.riskRules = row.rules, s.scoredAt = $now
RETURN count(*) AS scored
