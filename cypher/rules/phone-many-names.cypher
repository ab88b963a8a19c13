// Purpose: risk rule — a phone written on the waybill went with three or more different names by the time this parcel
//          was sent: on waybills sent before it (as sender or receiver name) or as the phone of several person
//          records. Couriers rotate aliases but keep their burner phone.
// Rule: phone-many-names
// Name: One phone, many names
// Weight: 2
// Description: The sender's or receiver's phone on this waybill is used under 3 or more distinct names known when it
//          was sent: names written with it on this waybill and on others sent before this one (or at the same time),
//          and names of the persons who use it (a use that an import of waybills recorded counts from that waybill's
//          sending time). Later waybills never count, so the answer does not depend on when scoring ran.
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
// Each distinct name of the phone once, with when it became known: the earliest sending time of a waybill that wrote
// it with this phone, or always for a person record using it — but a USES that an import of waybills recorded (its
// importRecord is that waybill's number) became known when that waybill was sent. Grouped, never sorted per parcel (a
// web shop's phone is on thousands of parcels under one name). Listed always first, then by that time, so the names a
// shipment knows are the start of the list.
CALL (phone) {
  CALL (phone) {
    MATCH (phone)<-[:SENDER_PHONE]-(other:Shipment)
    RETURN other.senderName AS name, other.sentAt AS at, false AS always
    UNION ALL
    MATCH (phone)<-[:RECEIVER_PHONE]-(other:Shipment)
    RETURN other.receiverName AS name, other.sentAt AS at, false AS always
    UNION ALL
    MATCH (phone)<-[uses:USES]-(user:Person)
    OPTIONAL MATCH (learned:Shipment {waybillNo: uses.importRecord})
    RETURN user.name AS name, learned.sentAt AS at, learned IS NULL AS always
  }
  WITH name, min(at) AS since, count(CASE WHEN always THEN 1 END) > 0 AS always
  WHERE name IS NOT NULL
  WITH name, since, always ORDER BY always DESC, since, name
  RETURN collect({name: name, since: since, always: always}) AS named
}
// names known at any time: no shipment of a phone with fewer fires
WITH phone, carriers, named
WHERE size(named) >= 3
// the record that first shows each of the first names (the most any shipment's reason lists), looked up only for the
// phones that may fire: shown to every shipment that knows the name
CALL (phone, named) {
  UNWIND named[0..6] AS x
  CALL (phone, x) {
    MATCH (phone)<-[shown:SENDER_PHONE]-(via:Shipment {senderName: x.name})
    WHERE NOT x.always AND via.sentAt = x.since
    RETURN via, shown
    UNION
    MATCH (phone)<-[shown:RECEIVER_PHONE]-(via:Shipment {receiverName: x.name})
    WHERE NOT x.always AND via.sentAt = x.since
    RETURN via, shown
    UNION
    MATCH (phone)<-[shown:USES]-(via:Person {name: x.name})
    OPTIONAL MATCH (learned:Shipment {waybillNo: shown.importRecord})
    WITH via, shown, learned
    WHERE CASE WHEN learned IS NULL THEN x.always ELSE NOT x.always AND learned.sentAt = x.since END
    RETURN via, shown
  }
  WITH x, collect({via: via, shown: shown})[0] AS first
  RETURN collect({always: x.always, since: x.since, via: first.via, shown: first.shown}) AS shown
}
UNWIND carriers AS carrier
WITH carrier.s AS s, carrier.written AS written, phone, named, shown
// what was known when it was sent; a shipment without a sending time knows its own names and the person records only
WITH s, written, phone, shown,
     [x IN named WHERE x.always OR x.since <= s.sentAt
                    OR x.name IN [CASE type(written) WHEN 'SENDER_PHONE' THEN s.senderName ELSE s.receiverName END]]
       AS names
WHERE size(names) >= 3
WITH s, written, phone, names, [x IN shown WHERE x.via IS NOT NULL AND (x.always OR x.since <= s.sentAt)] AS shown
RETURN s.waybillNo AS waybillNo,
       [s.uid, phone.uid] + [x IN shown | x.via.uid] AS evidence,
       [elementId(written)] + [x IN shown | elementId(x.shown)] AS links,
       'phone ' + phone.number + ' is used under ' + size(names) + ' names: '
         + reduce(text = '', x IN names[0..5] | text + CASE WHEN text = '' THEN '' ELSE ', ' END + x.name) AS reason
