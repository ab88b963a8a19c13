// Purpose: risk alerts — the history of several alerts at once (one query for a whole page): every change, oldest
//          first — raised, rescored, acknowledged, confirmed, dismissed, assigned, commented.
// Parameters:
//   $ids  LIST<STRING>  alert ids
// Returns one row per alert found: id (STRING), events (LIST<MAP> seq, at, actor, action, fromStatus, toStatus, note).
// Example: cypher-shell --param "ids => ['Alert/SF000000000001']" -f cypher/risk/history.cypher
UNWIND $ids AS id
MATCH (a:Alert {id: id})
RETURN id, COLLECT { MATCH (a)-[:HAS_EVENT]->(e:AlertEvent)
                     RETURN e {.seq, .at, .actor, .action, .fromStatus, .toStatus, .note} ORDER BY e.seq } AS events
