// Purpose: risk rule — the sender or receiver (the resolved person, or the phone written on the waybill) is two hops
//          from a known suspect or gang member: a shared phone, home or account, a call between their phones, or an
//          earlier parcel to or from them. Fires only when nothing closer does (known-suspect-party covers a party
//          who is a suspect or member, or a phone a suspect uses); a weak signal alone, since suspects also call and
//          ship to ordinary people.
// Rule: near-suspect
// Name: Sender or receiver close to a known suspect
// Weight: 1
// Description: The nearest suspect, fugitive, arrested person or known gang member is exactly 2 hops from the
//          sender, the receiver or a phone on the waybill, over USES, LIVES_AT, HOLDS, CALLED, SENT, ADDRESSED_TO
//          and MEMBER_OF.
// Parameters:
//   $waybillNos  LIST<STRING>  waybill numbers of the shipments to score; null = every shipment
// Returns one row per shipment the rule fires on: waybillNo (STRING), evidence (LIST<STRING>: entity ids of the
//          nodes that made it fire), links (LIST<STRING>: element ids of the relationships among them), reason (STRING).
// Example: cypher-shell --param "waybillNos => ['SF000000000001']" -f cypher/rules/near-suspect.cypher
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
  MATCH (s)-[:SENT|ADDRESSED_TO|SENDER_PHONE|RECEIVER_PHONE]-(party)
  MATCH near = (party)-[:USES|LIVES_AT|HOLDS|CALLED|SENT|ADDRESSED_TO|MEMBER_OF*0..2]-(known)
  WHERE (known:Person AND known.status IN ['SUSPECT', 'FUGITIVE', 'ARRESTED']) OR known:Gang
  RETURN near, party, known
  ORDER BY length(near)
  LIMIT 1
}
WITH s, near, party, known WHERE length(near) = 2
MATCH link = (s)-[:SENT|ADDRESSED_TO|SENDER_PHONE|RECEIVER_PHONE]-(party)
RETURN s.waybillNo AS waybillNo,
       [n IN nodes(link) + nodes(near) | n.uid] AS evidence,
       [r IN relationships(link) + relationships(near) | elementId(r)] AS links,
       coalesce(party.name, party.number) + ' is 2 hops from '
         + CASE WHEN known:Gang THEN 'gang ' ELSE toLower(known.status) + ' ' END + known.name
         + ' (via ' + coalesce(nodes(near)[1].name, nodes(near)[1].number, nodes(near)[1].text, nodes(near)[1].waybillNo) + ')'
         AS reason
