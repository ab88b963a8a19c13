// Purpose: hidden gangs, step 6 — the person nodes of the reported communities' members.
// Parameters: $ids (LIST<STRING>) person entity ids.
// Returns one row per person found: id (STRING), person (NODE).
// Example: cypher-shell --param "ids => ['Person/P005001']" -f cypher/takedown/community-members.cypher
UNWIND $ids AS id
MATCH (person:Entity:Entity:Person {uid: id})
RETURN id, person
