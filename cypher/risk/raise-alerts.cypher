// Purpose: risk scoring — raises an Alert (status NEW) for each scored shipment above the threshold, and brings the
//          alert of every shipment that already has one up to date: score, rules fired, one RuleHit per rule with its
//          evidence. One alert per shipment ever (MERGE on the waybill number; the id is derived from it), so scoring
//          again never duplicates one; its status, assignee and history stay. The hits are replaced whenever any part
//          of them differs (reason, evidence, links, weight). History: RAISED once, RESCORED when the score, the rules
//          or a rule's reason changed (evidence alone changing, e.g. a waybill re-imported with the same content,
//          refreshes the hits without an entry). belowThreshold: the latest score is at or below $threshold (the
//          alert stays, with its status and history, for an investigator to see that the rules no longer hold).
// Parameters:
//   $rows       LIST<MAP>  {waybillNo, alertId ('Alert/' + waybillNo), score (FLOAT), rules (LIST<STRING>),
//                          hits (LIST<MAP> {ruleId, name, weight, reason, evidence (LIST<STRING> entity ids),
//                          links (LIST<STRING> relationship element ids)})}
//   $threshold  FLOAT      scores above it raise an alert; an alert at or below it is marked belowThreshold
//   $now        DATETIME   when the scoring ran
//   $run        STRING     this scoring round's id (tells a created alert from an existing one)
//   $actor      STRING     who is recorded in the history ('risk scoring')
// Returns one row per alert raised or updated: alertId, waybillNo, score, created (BOOLEAN), changed (BOOLEAN: score,
//          rules or reasons changed, i.e. a RESCORED entry was written), createdAt (DATETIME).
// Example: cypher-shell --param "rows => [{waybillNo: 'SF000000000001', alertId: 'Alert/SF000000000001', score: 3.0,
//          rules: ['seized-before'], hits: [{ruleId: 'seized-before', name: 'Seen in a seizure', weight: 3.0,
//          reason: 'shares a phone with seizure SZ-1', evidence: ['Shipment/SF000000000001'], links: []}]}]"
//          --param "threshold => 1.0" --param "now => datetime()" --param "run => 'manual'"
//          --param "actor => 'analyst'" -f cypher/risk/raise-alerts.cypher
UNWIND $rows AS row
WITH row
WHERE row.score > $threshold OR EXISTS { MATCH (:Alert {waybillNo: row.waybillNo}) }
MATCH (s:Shipment {waybillNo: row.waybillNo})
MERGE (a:Alert {waybillNo: row.waybillNo})
  ON CREATE SET a.id = row.alertId, a.status = 'NEW', a.createdAt = $now, a.raisedInRun = $run,
                a.threshold = $threshold, a.events = 0
WITH s, a, row, a.raisedInRun = $run AS created, a.score AS scoreBefore, a.rules AS rulesBefore,
     COLLECT { MATCH (a)-[:FIRED]->(h:RuleHit)
               RETURN h {.ruleId, .name, .weight, .reason, .evidence, .links} AS hit ORDER BY hit.ruleId } AS hitsBefore,
     COLLECT { UNWIND row.hits AS h
               RETURN h {.ruleId, .name, .weight, .reason, .evidence, .links} AS hit ORDER BY hit.ruleId } AS hitsNow
// The hits are compared in full (reasons, evidence, links), not only the rules: the same rules can fire for other
// reasons (a corrected weight, a party resolved to another person), and the stored links are relationship element ids,
// which Neo4j reuses after a delete, so stale ones could point at unrelated relationships.
WITH s, a, row, created, scoreBefore, rulesBefore,
     coalesce(hitsBefore <> hitsNow, true) AS hitsChanged,
     coalesce([h IN hitsBefore | h.reason] <> [h IN hitsNow | h.reason], true) AS reasonsChanged
WITH s, a, row, created, scoreBefore, hitsChanged, reasonsChanged,
     NOT created AND (scoreBefore <> row.score OR rulesBefore <> row.rules) AS rescored
WITH s, a, row, created, scoreBefore, hitsChanged, rescored, NOT created AND (rescored OR reasonsChanged) AS changed
// An alert never goes away: one whose score fell to or below the threshold stays (status, history) but says so.
SET a.score = row.score, a.rules = row.rules, a.scoredAt = $now, a.belowThreshold = row.score <= $threshold
MERGE (a)-[:ON_SHIPMENT]->(s)
FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |
  SET a.updatedAt = $now, a.events = a.events + 1
  CREATE (a)-[:HAS_EVENT]->(:AlertEvent {seq: a.events, at: $now, actor: $actor,
    action: CASE WHEN created THEN 'RAISED' ELSE 'RESCORED' END, toStatus: CASE WHEN created THEN 'NEW' END,
    note: CASE WHEN created THEN 'score ' + toString(row.score) + ' above threshold ' + toString($threshold)
               WHEN rescored THEN 'score ' + toString(scoreBefore) + ' -> ' + toString(row.score)
                 + CASE WHEN row.score <= $threshold THEN ', at or below threshold ' + toString($threshold) ELSE '' END
               ELSE 'score ' + toString(row.score) + ', same rules, reasons changed' END}))
WITH s, a, row, created, changed, hitsChanged
CALL (a, row, created, hitsChanged) {
  WITH a, row WHERE created OR hitsChanged
  OPTIONAL MATCH (a)-[:FIRED]->(old:RuleHit)
  DETACH DELETE old
  WITH DISTINCT a, row
  UNWIND row.hits AS hit
  CREATE (a)-[:FIRED]->(:RuleHit {ruleId: hit.ruleId, name: hit.name, weight: hit.weight, reason: hit.reason,
                                   evidence: hit.evidence, links: hit.links})
}
RETURN a.id AS alertId, a.waybillNo AS waybillNo, a.score AS score, created, changed, a.createdAt AS createdAt
