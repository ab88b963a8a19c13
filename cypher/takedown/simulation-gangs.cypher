// Purpose: takedown simulation — the known gangs of the given people, with each member's role, to measure each
//          gang's cohesion before and after the arrests.
// Parameters:
//   $ids  LIST<STRING>  person ids (the scope), required
// Returns one row per membership: id (STRING: person id), gang (NODE), role (STRING).
// Example: cypher-shell --param "ids => ['Person/P005001', 'Person/P005014']" -f cypher/takedown/simulation-gangs.cypher
UNWIND $ids AS id
MATCH (p:Entity:Person {uid: id})-[m:MEMBER_OF]->(gang:Gang)
RETURN id, gang, m.role AS role
