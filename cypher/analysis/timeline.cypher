// Purpose: an entity's events in time order — shipments sent, received or addressed to it (no receipt on record),
//          calls, money transfers, case openings (arrests) and seizures — for a person, phone, account, address,
//          shipment, vehicle, case or seizure. Paged.
// Parameters:
//   $id     STRING   entity id ('Person/P000123', 'Phone/138...', 'Account/62...', 'Address/A000001'), required
//   $since  STRING   ISO date-time: only events at or after it; null = open
//   $until  STRING   ISO date-time: only events before it; null = open
//   $skip   INTEGER  events to skip (paging); null = 0
//   $limit  INTEGER  events to return; null = 50
// Returns one row per event, oldest first: at (DATETIME), kind (SHIPMENT_SENT, SHIPMENT_RECEIVED, SHIPMENT_ADDRESSED:
//   addressed to the entity, no receipt on record, at its sending time; CALL_MADE, CALL_RECEIVED, TRANSFER_SENT,
//   TRANSFER_RECEIVED, CASE_OPENED, SEIZURE), subject (NODE: the shipment, case,
//   seizure, or the phone/account on the other end), counterpart (NODE or null: the person on the other end),
//   detail (STRING), total (INTEGER: all events, for paging).
// Example: cypher-shell --param "id => 'Person/P005001'" --param "since => null" --param "until => null"
//          --param "skip => 0" --param "limit => 50" -f cypher/analysis/timeline.cypher
MATCH (e:Entity {uid: $id})
WITH e,
     CASE WHEN $since IS NULL THEN datetime('0001-01-01T00:00Z') ELSE datetime($since) END AS fromTime,
     CASE WHEN $until IS NULL THEN datetime('9999-12-31T00:00Z') ELSE datetime($until) END AS toTime
CALL (e) {
  // Shipments the entity sent or received: a person directly, a phone or address through the waybill; a shipment
  // itself (no hop).
  MATCH (e)-[:SENT|SENDER_PHONE|FROM_ADDRESS|CARRIED_BY*0..1]-(s:Shipment)
  OPTIONAL MATCH (s)-[:ADDRESSED_TO]->(other:Person)
  RETURN s.sentAt AS at, 'SHIPMENT_SENT' AS kind, s AS subject, other AS counterpart,
         s.courier + ' ' + s.waybillNo + ': ' + coalesce(s.declaredContent, '?') + ', ' + toString(s.weightKg) + ' kg' AS detail
  UNION ALL
  // Received at its receipt; a parcel with no receipt on record (seized on the way, say, or never scanned in) was
  // still addressed to the person, phone or address: SHIPMENT_ADDRESSED, at its sending time. (The shipment's own
  // timeline has its sending already.)
  MATCH (e)-[:ADDRESSED_TO|RECEIVER_PHONE|TO_ADDRESS*0..1]-(s:Shipment)
  WHERE s.receivedAt IS NOT NULL OR NOT e:Shipment
  OPTIONAL MATCH (other:Person)-[:SENT]->(s)
  RETURN coalesce(s.receivedAt, s.sentAt) AS at,
         CASE WHEN s.receivedAt IS NULL THEN 'SHIPMENT_ADDRESSED' ELSE 'SHIPMENT_RECEIVED' END AS kind,
         s AS subject, other AS counterpart,
         s.courier + ' ' + s.waybillNo + ': ' + coalesce(s.declaredContent, '?') + ', ' + toString(s.weightKg) + ' kg' AS detail
  UNION ALL
  // Calls: of a phone, or of the phones a person uses.
  MATCH (e)-[:USES*0..1]->(own:Phone)-[c:CALLED]->(otherPhone:Phone)
  OPTIONAL MATCH (other:Person)-[:USES]->(otherPhone)
  WITH c, otherPhone, collect(other)[0] AS other
  RETURN c.at AS at, 'CALL_MADE' AS kind, otherPhone AS subject, other AS counterpart,
         'call to ' + otherPhone.number + ', ' + toString(c.durationSec) + ' s' AS detail
  UNION ALL
  MATCH (e)-[:USES*0..1]->(own:Phone)<-[c:CALLED]-(otherPhone:Phone)
  OPTIONAL MATCH (other:Person)-[:USES]->(otherPhone)
  WITH c, otherPhone, collect(other)[0] AS other
  RETURN c.at AS at, 'CALL_RECEIVED' AS kind, otherPhone AS subject, other AS counterpart,
         'call from ' + otherPhone.number + ', ' + toString(c.durationSec) + ' s' AS detail
  UNION ALL
  // Money: of an account, or of the accounts a person holds.
  MATCH (e)-[:HOLDS*0..1]->(own:Account)-[t:TRANSFERRED]->(otherAccount:Account)
  OPTIONAL MATCH (other:Person)-[:HOLDS]->(otherAccount)
  WITH t, otherAccount, collect(other)[0] AS other
  RETURN t.at AS at, 'TRANSFER_SENT' AS kind, otherAccount AS subject, other AS counterpart,
         toString(t.amount) + ' ' + coalesce(t.currency, '') + ' to ' + otherAccount.number AS detail
  UNION ALL
  MATCH (e)-[:HOLDS*0..1]->(own:Account)<-[t:TRANSFERRED]-(otherAccount:Account)
  OPTIONAL MATCH (other:Person)-[:HOLDS]->(otherAccount)
  WITH t, otherAccount, collect(other)[0] AS other
  RETURN t.at AS at, 'TRANSFER_RECEIVED' AS kind, otherAccount AS subject, other AS counterpart,
         toString(t.amount) + ' ' + coalesce(t.currency, '') + ' from ' + otherAccount.number AS detail
  UNION ALL
  // Cases: the entity is the case, or a person it involves.
  MATCH (e)-[:INVOLVES*0..1]-(c:Case)
  RETURN c.openedAt AS at, 'CASE_OPENED' AS kind, c AS subject, null AS counterpart,
         c.number + ' ' + coalesce(c.title, '') AS detail
  UNION ALL
  // Seizures: from the entity's shipments (sent or received), or the entity itself.
  MATCH (e)-[:SENT|ADDRESSED_TO|SENDER_PHONE|RECEIVER_PHONE|FROM_ADDRESS|TO_ADDRESS|CARRIED_BY*0..1]-(:Shipment)
        <-[:FROM_SHIPMENT]-(z:Seizure)
  RETURN z.seizedAt AS at, 'SEIZURE' AS kind, z AS subject, null AS counterpart,
         toString(z.quantityKg) + ' kg ' + z.drugType AS detail
  UNION ALL
  // the seizure itself, or those of a case (never reached by the branch above, which starts from shipments)
  MATCH (e)-[:INCLUDES*0..1]->(z:Seizure)
  RETURN z.seizedAt AS at, 'SEIZURE' AS kind, z AS subject, null AS counterpart,
         toString(z.quantityKg) + ' kg ' + z.drugType AS detail
}
WITH at, kind, subject, counterpart, detail, fromTime, toTime
WHERE at IS NOT NULL AND at >= fromTime AND at < toTime
// Sorted before they are collected, and the page sliced from the list (sorted after, each row kept for the page
// carried the whole list: transaction memory grew with page size times events).
WITH at, kind, subject, counterpart, detail
ORDER BY at, kind, subject.uid
WITH collect({at: at, kind: kind, subject: subject, counterpart: counterpart, detail: detail}) AS events
WITH events, size(events) AS total
UNWIND events[coalesce($skip, 0)..coalesce($skip, 0) + coalesce($limit, 50)] AS event
RETURN event.at AS at, event.kind AS kind, event.subject AS subject, event.counterpart AS counterpart,
       event.detail AS detail, total
