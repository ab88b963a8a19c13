// Purpose: one step of a whole-chain trace towards the market: for each person on the frontier, the shipments they
//          sent on shortly after the chain's parcel reached them (no earlier, and at most $windowDays later: the same
//          rule as trace-upstream), to receivers the evidence ties to the chain.
//          A hand-over is followed only when corroborated by at least one signal:
//            SUSPECT   the receiver is a suspect, fugitive, arrested, or a known gang member
//            ALIAS     the name on the waybill is not the receiver's registered name
//            CALLS     sender and receiver have called each other
//            MONEY     sender and receiver have exchanged money
//            TIES      they share a gang, an address or a site
//            SEIZED    the shipment was seized
// Parameters:
//   $frontier    LIST<MAP {uid: STRING, after: STRING}>  persons to step from, and the ISO date-time the chain's
//                parcel reached them (its receivedAt, else its sentAt; after = null: any time), required
//   $windowDays  INTEGER       how long after `after` a parcel may have left to count; null = 30
//   $exclude     LIST<STRING>  shipment ids already in the trace; null = none
//   $perPerson   INTEGER       most hand-overs kept per frontier person, best corroborated first; null = 10
// Returns one row per hand-over: person (STRING: frontier uid), shipment (NODE), receiver (NODE),
//   relationships (LIST<RELATIONSHIP>: SENT, ADDRESSED_TO), signals (LIST<STRING>: CALLS, MONEY, TIES, SEIZED, the
//   evidence about both ends; SUSPECT and ALIAS, about the receiver alone, corroborate and rank a hand-over but are not
//   returned: the service credits them to each person of the trace itself).
// Example: cypher-shell --param "frontier => [{uid: 'Person/P005014', after: null}]" --param "windowDays => 30"
//          --param "exclude => null" --param "perPerson => 10" -f cypher/takedown/trace-downstream.cypher
UNWIND $frontier AS f
MATCH (p:Entity:Person {uid: f.uid})
WITH p, CASE WHEN f.after IS NULL THEN datetime('0001-01-01T00:00Z') ELSE datetime(f.after) END AS after,
     CASE WHEN f.after IS NULL THEN datetime('9999-12-31T00:00Z')
          ELSE datetime(f.after) + duration({days: coalesce($windowDays, 30)}) END AS latest
CALL (p, after, latest) {
  MATCH (p)-[sent:SENT]->(s:Shipment)-[to:ADDRESSED_TO]->(r:Person)
  WHERE s.sentAt >= after AND s.sentAt <= latest AND r <> p AND NOT s.uid IN coalesce($exclude, [])
  WITH r, s, sent, to, [signal IN [
      CASE WHEN EXISTS { (r)-[:USES]->(:Phone)-[:CALLED]-(:Phone)<-[:USES]-(p) } THEN 'CALLS' END,
      CASE WHEN EXISTS { (r)-[:HOLDS]->(:Account)-[:TRANSFERRED]-(:Account)<-[:HOLDS]-(p) } THEN 'MONEY' END,
      CASE WHEN EXISTS { (r)-[:MEMBER_OF|LIVES_AT|OPERATES]->()<-[:MEMBER_OF|LIVES_AT|OPERATES]-(p) } THEN 'TIES' END,
      CASE WHEN EXISTS { (s)<-[:FROM_SHIPMENT]-(:Seizure) } THEN 'SEIZED' END] WHERE signal IS NOT NULL] AS signals,
      // SUSPECT and ALIAS: about the receiver alone, counted here but not returned.
      size([fact IN [r.status <> 'UNKNOWN' OR EXISTS { (r)-[:MEMBER_OF]->(:Gang) },
                     s.receiverName IS NOT NULL AND s.receiverName <> r.name] WHERE fact]) AS own
  WHERE size(signals) + own > 0
  RETURN r, s, sent, to, signals
  ORDER BY size(signals) + own DESC, s.sentAt
  LIMIT coalesce($perPerson, 10)
}
RETURN p.uid AS person, s AS shipment, r AS receiver, [sent, to] AS relationships, signals
