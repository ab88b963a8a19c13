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
// the distinct names first (a web shop's phone is on thousands of parcels under one name); the records that show
// each name are looked up only for the few phones that fire
CALL (phone) {
  MATCH (phone)<-[:SENDER_PHONE]-(other:Shipment)
  RETURN other.senderName AS name
  UNION
  MATCH (phone)<-[:RECEIVER_PHONE]-(other:Shipment)
  RETURN other.receiverName AS name
  UNION
  MATCH (phone)<-[:USES]-(user:Person)
  RETURN user.name AS name
}
WITH phone, carriers, collect(name) AS names
WHERE size(names) >= 3
CALL (phone, names) {
  UNWIND names[0..6] AS name
  CALL (phone, name) {
    MATCH (phone)<-[shown:SENDER_PHONE]-(via:Shipment {senderName: name})
    RETURN via, shown
    UNION
    MATCH (phone)<-[shown:RECEIVER_PHONE]-(via:Shipment {receiverName: name})
    RETURN via, shown
    UNION
    MATCH (phone)<-[shown:USES]-(via:Person {name: name})
    RETURN via, shown
  }
  WITH name, collect({via: via, shown: shown})[0] AS first
  RETURN collect(first) AS shown
}
UNWIND carriers AS carrier
WITH carrier.s AS s, carrier.written AS written, phone, names, shown
RETURN s.waybillNo AS waybillNo,
       [s.uid, phone.uid] + [x IN shown | x.via.uid] AS evidence,
       [elementId(written)] + [x IN shown | elementId(x.shown)] AS links,
       'phone ' + phone.number + ' is used under ' + size(names) + ' names: '
         + reduce(text = '', n IN names[0..5] | text + CASE WHEN text = '' THEN '' ELSE ', ' END + n) AS reason
