// Purpose: one hand-over of an arrest plan's parcel routes: every parcel the given people sent to someone else, at
//          any time and corroborated or not (a route counts only where it ends at a market). Ordered by sender, then
//          sending time and shipment, so that a plan stopped at its limit of parcels always reads the same ones and
//          knows whose parcels it left unread.
// Parameters:
//   $uids   LIST<STRING>  person ids to step from, required
//   $limit  INTEGER       most rows; the service asks for one more than it has room for, to learn whether parcels
//                         are left unread, required
// Returns one row per parcel: person (STRING: the sender, one of $uids), shipment (NODE), receiver (NODE),
//   relationships (LIST<RELATIONSHIP>: SENT, ADDRESSED_TO).
// Example: cypher-shell --param "uids => ['Person/P005004', 'Person/P005005']" --param "limit => 100"
//          -f cypher/takedown/parcel-routes.cypher
UNWIND $uids AS uid
MATCH (p:Entity:Person {uid: uid})-[sent:SENT]->(s:Shipment)-[to:ADDRESSED_TO]->(r:Person)
WHERE r <> p
RETURN uid AS person, s AS shipment, r AS receiver, [sent, to] AS relationships
ORDER BY person, s.sentAt, s.uid
LIMIT $limit
