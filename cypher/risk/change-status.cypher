// Purpose: risk alerts — moves an alert to a new status if its current status allows it (NEW -> ACKNOWLEDGED ->
//          CONFIRMED or DISMISSED), recording who, what and when in its history. A confirmed or dismissed alert keeps
//          the rules that had fired (decidedRules), so rule precision is reported from the outcomes. Changes nothing
//          when the current status does not allow it.
// Parameters:
//   $id      STRING        the alert id
//   $from    LIST<STRING>  statuses the change is allowed from
//   $to      STRING        the new status
//   $action  STRING        history action (ACKNOWLEDGED, CONFIRMED, DISMISSED)
//   $actor   STRING        who made the change
//   $note    STRING        why (or null)
//   $now     DATETIME      when
// Returns at most one row (none for an unknown id): before (STRING, the status found), changed (BOOLEAN).
// Example: cypher-shell --param "id => 'Alert/SF000000000001'" --param "from => ['NEW']" --param "to => 'ACKNOWLEDGED'"
//          --param "action => 'ACKNOWLEDGED'" --param "actor => 'wang.li'" --param "note => null"
//          --param "now => datetime()" -f cypher/risk/change-status.cypher
MATCH (a:Alert {id: $id})
// Writing first takes the alert's lock, so two concurrent changes cannot both pass the check below.
SET a.events = a.events
WITH a, a.status AS before
WITH a, before, before IN $from AS allowed
FOREACH (_ IN CASE WHEN allowed THEN [1] ELSE [] END |
  SET a.status = $to, a.updatedAt = $now, a.events = a.events + 1,
      a.decidedRules = CASE WHEN $to IN ['CONFIRMED', 'DISMISSED'] THEN a.rules ELSE a.decidedRules END,
      a.decidedAt = CASE WHEN $to IN ['CONFIRMED', 'DISMISSED'] THEN $now ELSE a.decidedAt END
  CREATE (a)-[:HAS_EVENT]->(:AlertEvent {seq: a.events, at: $now, actor: $actor, action: $action,
                                         fromStatus: before, toStatus: $to, note: $note}))
RETURN before, allowed AS changed
