// Purpose: hidden gangs, step 7 — why an unknown person sitting in a known gang's community is a candidate member:
//          their distinct direct contacts anywhere in the graph (parcels either way, calls, money transfers, a shared
//          phone or address), how many of them are known members of the gang, and how many sit in the same community.
// Parameters: $communities (LIST<MAP>) one map per community: gangIds (LIST<STRING>) the gangs whose community it is,
//             members (LIST<STRING>) its person ids, candidates (LIST<STRING>) the person ids to explain.
// Returns one row per candidate found and gang, in the order of gangIds: id (STRING), gangId (STRING),
//          contacts (INTEGER), gangContacts (INTEGER, contacts who are known members of that gang),
//          communityContacts (INTEGER).
// Example: cypher-shell --param "communities => [{gangIds: ['G001'], members: ['Person/P005001', 'Person/P005002'],
//          candidates: ['Person/P005002']}]" -f cypher/takedown/candidate-ties.cypher
UNWIND $communities AS community
UNWIND community.candidates AS id
MATCH (p:Entity:Entity:Person {uid: id})
CALL (p) {
  MATCH (p)-[:SENT|ADDRESSED_TO]-(:Shipment)-[:SENT|ADDRESSED_TO]-(contact:Person)
  RETURN contact
  UNION
  MATCH (p)-[:USES]->(:Phone)-[:CALLED]-(:Phone)<-[:USES]-(contact:Person)
  RETURN contact
  UNION
  MATCH (p)-[:HOLDS]->(:Account)-[:TRANSFERRED]-(:Account)<-[:HOLDS]-(contact:Person)
  RETURN contact
  UNION
  MATCH (p)-[:USES|LIVES_AT]->()<-[:USES|LIVES_AT]-(contact:Person)
  RETURN contact
}
WITH community, id, collect(DISTINCT contact) AS contacts
UNWIND community.gangIds AS gangId
RETURN id, gangId, size(contacts) AS contacts,
       size([c IN contacts WHERE EXISTS { (c)-[:MEMBER_OF]->(:Gang {id: gangId}) }]) AS gangContacts,
       size([c IN contacts WHERE c.uid IN community.members]) AS communityContacts
