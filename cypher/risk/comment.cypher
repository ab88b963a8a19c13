// Purpose: risk alerts — adds an investigator's comment to an alert (a history entry of action COMMENTED).
// Parameters:
//   $id     STRING    the alert id
//   $text   STRING    the comment
//   $actor  STRING    who wrote it
//   $now    DATETIME  when
// Returns at most one row (none for an unknown id): id (STRING).
// Example: cypher-shell --param "id => 'Alert/SF000000000001'" --param "text => 'courier known to Kunming police'"
//          --param "actor => 'wang.li'" --param "now => datetime()" -f cypher/risk/comment.cypher
MATCH (a:Alert {id: $id})
SET a.updatedAt = $now, a.events = a.events + 1
CREATE (a)-[:HAS_EVENT]->(:AlertEvent {seq: a.events, at: $now, actor: $actor, action: 'COMMENTED', note: $text})
RETURN a.id AS id
