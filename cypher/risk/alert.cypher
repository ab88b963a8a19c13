// Purpose: risk alerts — one alert by id, with the rules that fired on its shipment (highest weight first).
// Parameters:
//   $id  STRING  the alert id, e.g. 'Alert/SF000000000001'
// Returns at most one row: alert (MAP: id, waybillNo, score, threshold, status, assignee, createdAt, updatedAt,
//          hits (LIST<MAP> ruleId, name, weight, reason)).
// Example: cypher-shell --param "id => 'Alert/SF000000000001'" -f cypher/risk/alert.cypher
MATCH (a:Alert {id: $id})
RETURN a {.id, .waybillNo, .score, .threshold, .status, .assignee, .createdAt, .updatedAt,
          hits: COLLECT { MATCH (a)-[:FIRED]->(h:RuleHit)
                          RETURN h {.ruleId, .name, .weight, .reason} ORDER BY h.weight DESC, h.ruleId }} AS alert
