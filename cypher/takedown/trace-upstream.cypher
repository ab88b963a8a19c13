// Purpose: one step of a whole-chain trace towards the source: for each person on the frontier, the shipments that
//          reached them shortly before they sent the chain's parcel on, from senders the evidence ties to the chain.
//          A parcel reached them at its receivedAt, or at its sentAt where no receipt is on record, and counts if
//          that is no later than `before` and at most $windowDays earlier: the same rule as trace-downstream, so a
//          hand-over is found from either end (a courier may send on the moment a parcel arrives).
//          A hand-over is followed only when corroborated by at least one signal (an innocent parcel to a courier is
//          not evidence):
//            SUSPECT   the sender is a suspect, fugitive, arrested, or a known gang member
//            ALIAS     the name on the waybill is not the sender's registered name
//            CALLS     sender and receiver have called each other
//            MONEY     sender and receiver have exchanged money
//            TIES      they share a gang, an address or a site
//            SEIZED    the shipment was seized
// Parameters:
//   $frontier    LIST<MAP {uid: STRING, before: STRING}>  persons to step from, and the ISO date-time their chain
//                parcel left (before = null: any time), required
//   $windowDays  INTEGER       how long before `before` a parcel may have arrived (receivedAt, else sentAt) to
//                              count; null = 30
//   $exclude     LIST<STRING>  shipment ids already in the trace; null = none
//   $perPerson   INTEGER       most hand-overs kept per frontier person, best corroborated first; null = 10
// Returns one row per hand-over: person (STRING: frontier uid), shipment (NODE), sender (NODE),
//   relationships (LIST<RELATIONSHIP>: SENT, ADDRESSED_TO), signals (LIST<STRING>: CALLS, MONEY, TIES, SEIZED, the
//   evidence about both ends; SUSPECT and ALIAS, about the sender alone, corroborate and rank a hand-over but are not
//   returned: the service credits them to each person of the trace itself).
// Example: cypher-shell --param "frontier => [{uid: 'Person/P005014', before: null}]" --param "windowDays => 30"
//          --param "exclude => null" --param "perPerson => 10" -f cypher/takedown/trace-upstream.cypher
UNWIND $frontier AS f
MATCH (p:Entity:Person {uid: f.uid})
WITH p, CASE WHEN f.before IS NULL THEN datetime('9999-12-31T00:00Z') ELSE datetime(f.before) END AS before,
     CASE WHEN f.before IS NULL THEN datetime('0001-01-01T00:00Z')
          ELSE datetime(f.before) - duration({days: coalesce($windowDays, 30)}) END AS earliest
CALL (p, before, earliest) {
  MATCH (q:Person)-[sent:SENT]->(s:Shipment)-[to:ADDRESSED_TO]->(p)
  WHERE coalesce(s.receivedAt, s.sentAt) <= before AND coalesce(s.receivedAt, s.sentAt) >= earliest AND q <> p
    AND NOT s.uid IN coalesce($exclude, [])
  WITH q, s, sent, to, [signal IN [
      CASE WHEN EXISTS { (q)-[:USES]->(:Phone)-[:CALLED]-(:Phone)<-[:USES]-(p) } THEN 'CALLS' END,
      CASE WHEN EXISTS { (q)-[:HOLDS]->(:Account)-[:TRANSFERRED]-(:Account)<-[:HOLDS]-(p) } THEN 'MONEY' END,
      CASE WHEN EXISTS { (q)-[:MEMBER_OF|LIVES_AT|OPERATES]->()<-[:MEMBER_OF|LIVES_AT|OPERATES]-(p) } THEN 'TIES' END,
      CASE WHEN EXISTS { (s)<-[:FROM_SHIPMENT]-(:Seizure) } THEN 'SEIZED' END] WHERE signal IS NOT NULL] AS signals,
      // SUSPECT and ALIAS: about the sender alone, counted here but not returned.
      size([fact IN [q.status <> 'UNKNOWN' OR EXISTS { (q)-[:MEMBER_OF]->(:Gang) },
                     s.senderName IS NOT NULL AND s.senderName <> q.name] WHERE fact]) AS own
  WHERE size(signals) + own > 0
  RETURN q, s, sent, to, signals
  ORDER BY size(signals) + own DESC, s.sentAt DESC
  LIMIT coalesce($perPerson, 10)
}
RETURN p.uid AS person, s AS shipment, q AS sender, [sent, to] AS relationships, signals
