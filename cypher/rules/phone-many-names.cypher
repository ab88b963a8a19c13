// Purpose: risk rule — a phone written on the waybill goes with three or more different names: on other waybills
//          (as sender or receiver name) or as the phone of several person records. Couriers rotate aliases but keep
//          their burner phone.
// Rule: phone-many-names
// Name: One phone, many names
// Weight: 2
// Description: The sender's or receiver's phone on this waybill is used under 3 or more distinct names (names written
//          with it on any waybill, and names of the persons who use it).
// Parameters:
//   $waybillNos  LIST<STRING>  waybill numbers of the shipments to score; null = every shipment
// Returns one row per shipment the rule fires on: waybillNo (STRING), evidence (LIST<STRING>: entity ids of the
//          nodes that made it fire), links (LIST<STRING>: element ids of the relationships among them), reason (STRING).
// Example: cypher-shell --param "waybillNos => ['SF000000000001']" -f cypher/rules/phone-many-names.cypher
CALL () {
  UNWIND coalesce($waybillNos, []) AS no
  MATCH (s:Shipment {waybillNo: no})
  RETURN s
  UNION
  WITH $waybillNos AS all WHERE all IS NULL
  MATCH (s:Shipment)
  RETURN s
}
MATCH (s)-[written:SENDER_PHONE|RECEIVER_PHONE]->(phone:Phone)
// each phone once, however many of the shipments carry it (a web shop's phone is on most of its parcels)
WITH phone, collect({s: s, written: written}) AS carriers
CALL (phone) {
  MATCH (phone)<-[:SENDER_PHONE]-(other:Shipment)
  RETURN other.senderName AS name, other AS via
  UNION
  MATCH (phone)<-[:RECEIVER_PHONE]-(other:Shipment)
  RETURN other.receiverName AS name, other AS via
  UNION
  MATCH (phone)<-[:USES]-(user:Person)
  RETURN user.name AS name, user AS via
}
WITH phone, carriers, name, collect(via)[0] AS via
WITH phone, carriers, collect(name) AS names, collect(via) AS vias
WHERE size(names) >= 3
WITH phone, carriers, names, vias[0..6] AS shown
UNWIND carriers AS carrier
WITH carrier.s AS s, carrier.written AS written, phone, names, shown
RETURN s.waybillNo AS waybillNo,
       [s.uid, phone.uid] + [v IN shown | v.uid] AS evidence,
       [elementId(written)] + COLLECT { UNWIND shown AS v MATCH (v)-[r:SENDER_PHONE|RECEIVER_PHONE|USES]-(phone)
                                         RETURN elementId(r) } AS links,
       'phone ' + phone.number + ' is used under ' + size(names) + ' names: '
         + reduce(text = '', n IN names[0..5] | text + CASE WHEN text = '' THEN '' ELSE ', ' END + n) AS reason
