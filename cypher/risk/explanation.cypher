// Purpose: risk alerts — why an alert was raised, as a subgraph: its shipment and the evidence of every rule that
//          fired (the nodes by entity id, the relationships by element id; one no longer in the graph is left out).
// Parameters:
//   $id  STRING  the alert id
// Returns at most one row: nodes (LIST<NODE>, the shipment first), relationships (LIST<RELATIONSHIP>).
// Example: cypher-shell --param "id => 'Alert/SF000000000001'" -f cypher/risk/explanation.cypher
MATCH (a:Alert {id: $id})-[:ON_SHIPMENT]->(s:Shipment)
OPTIONAL MATCH (a)-[:FIRED]->(h:RuleHit)
WITH s, collect(h) AS hits
WITH s, reduce(ids = [], h IN hits | ids + h.evidence) AS uids, reduce(ids = [], h IN hits | ids + h.links) AS links
CALL (uids) {
  MATCH (n:Entity) WHERE n.uid IN uids
  RETURN collect(n) AS evidence
}
CALL (links) {
  UNWIND links AS link
  MATCH ()-[r]->() WHERE elementId(r) = link
  RETURN collect(r) AS relationships
}
RETURN [s] + evidence AS nodes, relationships
