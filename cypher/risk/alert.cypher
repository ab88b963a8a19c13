// Purpose: risk alerts — one alert by id, with the rules that fired on its shipment (highest weight first).
// Parameters:
//   $id  STRING  the alert id, e.g. 'Alert/SF000000000001'
// Returns at most one row: alert (MAP: id, waybillNo, score, threshold, belowThreshold, status, assignee, createdAt,
//          updatedAt, hits (LIST<MAP> ruleId, name, weight, reason)).
// Example: cypher-shell --param "id => 'Alert/SF000000000001'" -f cypher/risk/alert.cypher
MATCH (a:Alert {id: $id})
// belowThreshold: alerts last scored before it existed say whether their score is at or below their own threshold
RETURN a {.id, .waybillNo, .score, .threshold, .status, .assignee, .createdAt, .updatedAt,
          belowThreshold: coalesce(a.belowThreshold, a.score <= a.threshold),
          hits: COLLECT { MATCH (a)-[:FIRED]->(h:RuleHit)
                          RETURN h {.ruleId, .name, .weight, .reason} ORDER BY h.weight DESC, h.ruleId }} AS alert
