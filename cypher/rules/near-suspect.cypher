// Purpose: risk rule — the sender or receiver (the resolved person, or the phone written on the waybill) is two hops
//          from a known suspect or gang member: a shared phone, home or account, a call between their phones, or an
//          earlier parcel to or from them. Fires only when nothing closer does (known-suspect-party covers a party
//          who is a suspect or member, or a phone such a person uses); a weak signal alone, since suspects also call and
//          ship to ordinary people.
// Rule: near-suspect
// Name: Sender or receiver close to a known suspect
// Weight: 1
// Description: The nearest suspect, fugitive, arrested person or gang member (any person MEMBER_OF a gang, with or
//          without a status) is exactly 2 hops from the sender, the receiver or a phone on the waybill, over USES,
//          LIVES_AT, HOLDS, CALLED, SENT and ADDRESSED_TO, as they stood when this parcel was sent: a parcel in
//          between counts only when it was sent before this one (or at the same time), and a person's use of a phone
//          that an import of waybills recorded (an alias on a waybill becomes a person: its USES carries that
//          waybill's number as importRecord) counts from that waybill's sending time, in the 2 hops as in what is
//          closer. Later parcels and uses never count, so the answer does not depend on when scoring ran.
// Parameters:
//   $waybillNos  LIST<STRING>  waybill numbers of the shipments to score; null = every shipment
// Returns one row per shipment the rule fires on: waybillNo (STRING), evidence (LIST<STRING>: entity ids of the
//          nodes that made it fire), links (LIST<STRING>: element ids of the relationships among them), reason (STRING).
// Example: cypher-shell --param "waybillNos => ['SF000000000001']" -f cypher/rules/near-suspect.cypher
// The known (suspects and gang members) are few, and so are the nodes one hop from them (the halo): find both once,
// then a party is 2 hops away when one of its own neighbours is in the halo. That reads each party's neighbours once
// (a web shop, on thousands of parcels, once per run), never the paths through them.
CALL () {
  UNWIND coalesce($waybillNos, []) AS no
  MATCH (s:Shipment {waybillNo: no})
  RETURN s
  UNION
  WITH $waybillNos AS all WHERE all IS NULL
  MATCH (s:Shipment)
  RETURN s
}
MATCH (s)-[written:SENT|ADDRESSED_TO|SENDER_PHONE|RECEIVER_PHONE]-(party)
WITH party, collect({s: s, written: written}) AS carriers
WITH collect({party: party, carriers: carriers}) AS parties
CALL () {
  CALL () {
    MATCH (known:Person) WHERE known.status IN ['SUSPECT', 'FUGITIVE', 'ARRESTED']
    RETURN known
    UNION
    // a member is known himself (not one hop further, through his gang), with or without a status
    MATCH (:Gang)<-[:MEMBER_OF]-(known:Person)
    RETURN known
  }
  RETURN collect(known) AS known
}
// The halo, and those of it that are one hop from a known person only through uses of a phone that imports of
// waybills recorded (late): each of those is in the halo from the earliest such waybill's sending time (never, when
// none has one). Every other link holds whenever (a parcel in between is checked against the one scored below).
CALL (known) {
  UNWIND known AS k
  MATCH (k)-[hop:USES|LIVES_AT|HOLDS|CALLED|SENT|ADDRESSED_TO]-(next)
  OPTIONAL MATCH (recorded:Shipment {waybillNo: hop.importRecord}) WHERE type(hop) = 'USES'
  WITH next, count(recorded) = count(*) AS onlyRecorded, min(recorded.sentAt) AS since
  RETURN collect(next) AS halo, collect(CASE WHEN onlyRecorded THEN next END) AS late,
         collect(CASE WHEN onlyRecorded THEN {node: next, since: since} END) AS lateSince
}
UNWIND parties AS p
WITH known, halo, late, lateSince, p.party AS party, p.carriers AS carriers
// closer: 0 when the party is known, 1 when it is in the halo whenever; a party in the halo only late is 1 hop away
// from nearFrom on
WITH halo, late, lateSince, party, carriers,
     CASE WHEN party IN known THEN 0 WHEN party IN halo AND NOT party IN late THEN 1 END AS closer,
     CASE WHEN party IN late THEN [x IN lateSince WHERE x.node = party | x.since][0] END AS nearFrom
// every step into the halo, not just one, with what it needs from the shipment scored: a step through a parcel holds
// only for the shipments sent after that parcel; a step over a recorded use (firstFrom), or to a node in the halo only
// late (viaFrom), from that time on
WITH party, carriers, closer, nearFrom,
     CASE WHEN closer IS NULL THEN COLLECT {
       MATCH (party)-[first:USES|LIVES_AT|HOLDS|CALLED|SENT|ADDRESSED_TO]-(via)
       WHERE via IN halo
       OPTIONAL MATCH (recorded:Shipment {waybillNo: first.importRecord}) WHERE type(first) = 'USES'
       RETURN {first: first, via: via, firstRecorded: recorded IS NOT NULL, firstFrom: recorded.sentAt,
               viaLate: via IN late,
               viaFrom: CASE WHEN via IN late THEN [x IN lateSince WHERE x.node = via | x.since][0] END}
     } ELSE [] END AS steps
WHERE closer IS NOT NULL OR nearFrom IS NOT NULL OR size(steps) > 0
UNWIND carriers AS carrier
WITH carrier.s AS s, carrier.written AS written, party, closer, nearFrom,
     [x IN steps WHERE (NOT x.via:Shipment OR (x.via <> carrier.s AND x.via.sentAt <= carrier.s.sentAt))
                   AND (NOT x.firstRecorded OR x.firstFrom <= carrier.s.sentAt)
                   AND (NOT x.viaLate OR x.viaFrom <= carrier.s.sentAt)] AS steps
WITH s, written, party,
     coalesce(closer, CASE WHEN nearFrom <= s.sentAt THEN 1 END, CASE WHEN size(steps) > 0 THEN 2 END) AS distance,
     steps[0] AS step
WHERE distance IS NOT NULL
// a shipment fires only when its nearest suspect, over all its parties, is exactly 2 hops away
WITH s, written, party, distance, step
ORDER BY distance
WITH s, collect({written: written, party: party, distance: distance, step: step})[0] AS nearest
WHERE nearest.distance = 2
WITH s, nearest.written AS written, nearest.party AS party, nearest.step.first AS first, nearest.step.via AS via
// the last hop as it stood when the shipment was sent: a recorded use from its waybill's sending time
CALL (s, via) {
  MATCH (via)-[last:USES|LIVES_AT|HOLDS|CALLED|SENT|ADDRESSED_TO]-(suspect:Person)
  WHERE suspect.status IN ['SUSPECT', 'FUGITIVE', 'ARRESTED'] OR EXISTS { (suspect)-[:MEMBER_OF]->(:Gang) }
  OPTIONAL MATCH (recorded:Shipment {waybillNo: last.importRecord}) WHERE type(last) = 'USES'
  WITH last, suspect, recorded
  WHERE recorded IS NULL OR recorded.sentAt <= s.sentAt
  OPTIONAL MATCH (suspect)-[:MEMBER_OF]->(gang:Gang)
  RETURN last, suspect, gang
  ORDER BY coalesce(suspect.status IN ['SUSPECT', 'FUGITIVE', 'ARRESTED'], false) DESC
  LIMIT 1
}
RETURN s.waybillNo AS waybillNo,
       [s.uid, party.uid, via.uid, suspect.uid] AS evidence,
       [elementId(written), elementId(first), elementId(last)] AS links,
       coalesce(party.name, party.number) + ' is 2 hops from '
         + CASE WHEN suspect.status IN ['SUSPECT', 'FUGITIVE', 'ARRESTED'] THEN toLower(suspect.status) + ' '
                + suspect.name
                ELSE suspect.name + ', a member of ' + gang.name END
         + ' (via ' + coalesce(via.name, via.number, via.text, via.waybillNo) + ')' AS reason
