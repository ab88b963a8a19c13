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
// Seizures are few: find every address and phone they touch once (with the path from the seizure), then keep the
// shipments' own addresses and phones that are among them. Never reads the parcels of a shared web-shop address.
CALL () {
  MATCH seen = (contact:Address)<-[:SEIZED_AT]-(seizure:Seizure)
  RETURN contact, seen, seizure
  UNION
  MATCH seen = (contact)<-[:FROM_ADDRESS|TO_ADDRESS|SENDER_PHONE|RECEIVER_PHONE]-(:Shipment)<-[:FROM_SHIPMENT]-(seizure:Seizure)
  RETURN contact, seen, seizure
}
WITH collect(contact) AS contacts, collect({contact: contact, seen: seen, seizure: seizure}) AS seizedVia
CALL () {
  UNWIND coalesce($waybillNos, []) AS no
  MATCH (s:Shipment {waybillNo: no})
  RETURN s
  UNION
  WITH $waybillNos AS all WHERE all IS NULL
  MATCH (s:Shipment)
  RETURN s
}
MATCH (s)-[first:FROM_ADDRESS|TO_ADDRESS|SENDER_PHONE|RECEIVER_PHONE]->(shared)
WHERE shared IN contacts
UNWIND [x IN seizedVia WHERE x.contact = shared] AS via
WITH s, first, via.seen AS seen, via.seizure AS seizure
// a seizure's own address counts only as the shipment's address (not a phone); the seized parcel must be another one
WHERE seizure.seizedAt < s.sentAt
  AND (length(seen) = 1 AND first:FROM_ADDRESS|TO_ADDRESS OR length(seen) = 2 AND nodes(seen)[1] <> s)
WITH s, first, seen, seizure ORDER BY length(seen), seizure.seizedAt DESC
WITH s, collect({first: first, seen: seen})[0..4] AS seen, collect(DISTINCT seizure) AS seizures
RETURN s.waybillNo AS waybillNo,
       reduce(ids = [s.uid], x IN seen | ids + [n IN nodes(x.seen) | n.uid]) AS evidence,
       reduce(ids = [], x IN seen | ids + [elementId(x.first)] + [r IN relationships(x.seen) | elementId(r)]) AS links,
       'shares an address or phone with seizure ' + seizures[0].id + ' of '
         + toString(date(seizures[0].seizedAt)) AS reason
