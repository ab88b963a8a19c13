// Purpose: hidden gangs, step 5 — every known gang and its known members (MEMBER_OF), to compare communities with.
//          Gangs are few, so the service reads them all at once.
// Parameters: none.
// Returns one row per gang: gang (NODE), members (LIST<STRING>, person entity ids, sorted).
// Example: cypher-shell -f cypher/takedown/known-gangs.cypher
MATCH (gang:Gang)
RETURN gang, COLLECT { MATCH (member:Person)-[:MEMBER_OF]->(gang) RETURN member.uid ORDER BY member.uid } AS members
ORDER BY gang.id
