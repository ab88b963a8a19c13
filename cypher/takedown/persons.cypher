// Purpose: person nodes by id, for results that name people the graph steps did not return (e.g. an arrest plan's
//          sources).
// Parameters:
//   $uids  LIST<STRING>  person ids ('Person/P005001'), required
// Returns one row per person found: person (NODE).
// Example: cypher-shell --param "uids => ['Person/P005001']" -f cypher/takedown/persons.cypher
UNWIND $uids AS uid
MATCH (person:Entity:Person {uid: uid})
RETURN person
