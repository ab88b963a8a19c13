// Purpose: risk rule — the sender or receiver is a known suspect (suspect, fugitive, arrested) or a known gang member,
//          or the phone written on the waybill is one such a person uses.
// Rule: known-suspect-party
// Name: Sender or receiver is a known suspect
// Weight: 3
// Description: The resolved sender or receiver has status SUSPECT, FUGITIVE or ARRESTED or is MEMBER_OF a gang
//          (with or without a status), or the sender or receiver phone on the waybill is used by such a person.
// Parameters:
//   $waybillNos  LIST<STRING>  waybill numbers of the shipments to score; null = every shipment
// Returns one row per shipment the rule fires on: waybillNo (STRING), evidence (LIST<STRING>: entity ids of the
//          nodes that made it fire), links (LIST<STRING>: element ids of the relationships among them), reason (STRING).
// Example: cypher-shell --param "waybillNos => ['SF000000000001']" -f cypher/rules/known-suspect-party.cypher
CALL () {
  UNWIND coalesce($waybillNos, []) AS no
  MATCH (s:Shipment {waybillNo: no})
  RETURN s
  UNION
  WITH $waybillNos AS all WHERE all IS NULL
  MATCH (s:Shipment)
  RETURN s
}
// A gang member is known by the MEMBER_OF relationship itself, whatever his status (imported memberships set none).
CALL (s) {
  MATCH (s)-[:SENT|ADDRESSED_TO|SENDER_PHONE|RECEIVER_PHONE]-(party)
  MATCH near = (party)<-[:USES*0..1]-(known:Person)
  WHERE known.status IN ['SUSPECT', 'FUGITIVE', 'ARRESTED'] OR EXISTS { (known)-[:MEMBER_OF]->(:Gang) }
  OPTIONAL MATCH membership = (known)-[:MEMBER_OF]->(gang:Gang)
  WITH near, party, known, CASE WHEN known.status IN ['SUSPECT', 'FUGITIVE', 'ARRESTED'] THEN null
                                ELSE membership END AS membership, gang
  RETURN near, party, known, membership, gang
  ORDER BY length(near), membership IS NOT NULL
  LIMIT 1
}
MATCH link = (s)-[:SENT|ADDRESSED_TO|SENDER_PHONE|RECEIVER_PHONE]-(party)
RETURN s.waybillNo AS waybillNo,
       [n IN nodes(link) + nodes(near) + coalesce(nodes(membership), []) | n.uid] AS evidence,
       [r IN relationships(link) + relationships(near) + coalesce(relationships(membership), []) | elementId(r)] AS links,
       CASE WHEN length(near) = 0 AND membership IS NULL THEN party.name + ' is ' + toLower(known.status)
            WHEN length(near) = 0 THEN party.name + ' is a known member of ' + gang.name
            WHEN membership IS NULL THEN 'phone ' + party.number + ' is used by ' + toLower(known.status) + ' '
                                         + known.name
            ELSE 'phone ' + party.number + ' is used by ' + known.name + ', a known member of ' + gang.name END AS reason
