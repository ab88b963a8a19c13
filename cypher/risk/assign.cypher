// Purpose: risk alerts — assigns an alert to an investigator (or reassigns it), recorded in its history.
// Parameters:
//   $id        STRING    the alert id
//   $assignee  STRING    the investigator
//   $actor     STRING    who assigned it
//   $now       DATETIME  when
// Returns at most one row (none for an unknown id): before (STRING, the previous assignee or null).
// Example: cypher-shell --param "id => 'Alert/SF000000000001'" --param "assignee => 'li.na'"
//          --param "actor => 'wang.li'" --param "now => datetime()" -f cypher/risk/assign.cypher
MATCH (a:Alert {id: $id})
WITH a, a.assignee AS before
SET a.assignee = $assignee, a.updatedAt = $now, a.events = a.events + 1
CREATE (a)-[:HAS_EVENT]->(:AlertEvent {seq: a.events, at: $now, actor: $actor, action: 'ASSIGNED',
                                       note: coalesce(before, 'nobody') + ' -> ' + $assignee})
RETURN before
