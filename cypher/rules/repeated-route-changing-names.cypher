// Purpose: risk rule — the same route (origin address to destination address) used again and again while the names
//          on the waybills change: one sender and receiver hiding behind aliases. Ordinary repeat customers write the
//          same names every time.
// Rule: repeated-route-changing-names
// Name: Repeated route, changing names
// Weight: 2
// Description: At least one other shipment between the same origin and destination addresses sent before this one
//          (or at the same time), and the sender or receiver names written on those waybills and this one differ.
//          Later shipments never count, so the answer does not depend on when scoring ran (an import is scored
//          before any later parcel exists).
// Parameters:
//   $waybillNos  LIST<STRING>  waybill numbers of the shipments to score; null = every shipment
// Returns one row per shipment the rule fires on: waybillNo (STRING), evidence (LIST<STRING>: entity ids of the
//          nodes that made it fire), links (LIST<STRING>: element ids of the relationships among them), reason (STRING).
// Example: cypher-shell --param "waybillNos => ['SF000000000001']" -f cypher/rules/repeated-route-changing-names.cypher
CALL () {
  UNWIND coalesce($waybillNos, []) AS no
  MATCH (s:Shipment {waybillNo: no})
  RETURN s
  UNION
  WITH $waybillNos AS all WHERE all IS NULL
  MATCH (s:Shipment)
  RETURN s
}
MATCH (origin:Address)<-[sentFrom:FROM_ADDRESS]-(s)-[sentTo:TO_ADDRESS]->(destination:Address)
CALL (s, origin, destination) {
  MATCH (origin)<-[otherFrom:FROM_ADDRESS]-(other:Shipment)-[otherTo:TO_ADDRESS]->(destination)
  WHERE other <> s AND other.sentAt <= s.sentAt
  RETURN collect(other) AS others, collect(elementId(otherFrom)) + collect(elementId(otherTo)) AS otherLinks
}
WITH s, origin, destination, sentFrom, sentTo, others, otherLinks,
     COLLECT { UNWIND [s] + others AS o RETURN DISTINCT o.senderName } AS senderNames,
     COLLECT { UNWIND [s] + others AS o RETURN DISTINCT o.receiverName } AS receiverNames
WHERE size(others) >= 1 AND (size(senderNames) >= 2 OR size(receiverNames) >= 2)
RETURN s.waybillNo AS waybillNo,
       [s.uid, origin.uid, destination.uid] + [o IN others[0..8] | o.uid] AS evidence,
       [elementId(sentFrom), elementId(sentTo)] + otherLinks AS links,
       (size(others) + 1) + ' shipments on this route, written as ' + size(senderNames) + ' sender name(s) and '
         + size(receiverNames) + ' receiver name(s)' AS reason
