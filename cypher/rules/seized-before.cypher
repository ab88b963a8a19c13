// Purpose: risk rule — an address or phone on this waybill was seen in an earlier seizure: drugs were seized at that
//          address, or from a parcel sent from or to it, or carrying that phone, before this parcel was sent.
// Rule: seized-before
// Name: Address or phone seen in an earlier seizure
// Weight: 3
// Description: The origin or destination address, or the sender or receiver phone, is the place of a seizure or
//          belongs to a seized parcel, seized before this shipment was sent.
// Parameters:
//   $waybillNos  LIST<STRING>  waybill numbers of the shipments to score; null = every shipment
// Returns one row per shipment the rule fires on: waybillNo (STRING), evidence (LIST<STRING>: entity ids of the
//          nodes that made it fire), links (LIST<STRING>: element ids of the relationships among them), reason (STRING).
// Example: cypher-shell --param "waybillNos => ['SF000000000001']" -f cypher/rules/seized-before.cypher
CALL () {
  UNWIND coalesce($waybillNos, []) AS no
  MATCH (s:Shipment {waybillNo: no})
  RETURN s
  UNION
  WITH $waybillNos AS all WHERE all IS NULL
  MATCH (s:Shipment)
  RETURN s
}
CALL (s) {
  MATCH seen = (s)-[:FROM_ADDRESS|TO_ADDRESS]->(:Address)<-[:SEIZED_AT]-(seizure:Seizure)
  WHERE seizure.seizedAt < s.sentAt
  RETURN seen, seizure
  UNION
  MATCH seen = (s)-[:FROM_ADDRESS|TO_ADDRESS|SENDER_PHONE|RECEIVER_PHONE]->(shared)
               <-[:FROM_ADDRESS|TO_ADDRESS|SENDER_PHONE|RECEIVER_PHONE]-(seized:Shipment)<-[:FROM_SHIPMENT]-(seizure:Seizure)
  WHERE seized <> s AND seizure.seizedAt < s.sentAt
  RETURN seen, seizure
}
WITH s, seen, seizure ORDER BY length(seen), seizure.seizedAt DESC
WITH s, collect(seen)[0..4] AS seen, collect(DISTINCT seizure) AS seizures
RETURN s.waybillNo AS waybillNo,
       reduce(ids = [], p IN seen | ids + [n IN nodes(p) | n.uid]) AS evidence,
       reduce(ids = [], p IN seen | ids + [r IN relationships(p) | elementId(r)]) AS links,
       'shares an address or phone with seizure ' + seizures[0].id + ' of '
         + toString(date(seizures[0].seizedAt)) AS reason
