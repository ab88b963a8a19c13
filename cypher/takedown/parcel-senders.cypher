// Purpose: which of the given people sent at least one parcel to someone else (the parcels parcel-routes reads):
//          where an arrest plan stopped reading routes at a limit, the people whose parcels it left unread.
// Parameters:
//   $uids  LIST<STRING>  person ids, required
// Returns one row per such person, by id: uid (STRING).
// Example: cypher-shell --param "uids => ['Person/P005004', 'Person/P005016']" -f cypher/takedown/parcel-senders.cypher
UNWIND $uids AS uid
MATCH (p:Entity:Person {uid: uid})
WHERE EXISTS { (p)-[:SENT]->(:Shipment)-[:ADDRESSED_TO]->(r:Person) WHERE r <> p }
RETURN uid
ORDER BY uid
