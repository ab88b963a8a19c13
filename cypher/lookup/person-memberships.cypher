// Purpose: the gang memberships (with role) of each person.
// Parameters: $ids (LIST<STRING>) person ids.
// Example: :param ids => ['P000001']
UNWIND $ids AS key
MATCH (p:Person {id: key})-[m:MEMBER_OF]->(g:Gang)
RETURN key, p.id AS personId, g.id AS gangId, m.role AS role, toString(m.since) AS since ORDER BY gangId
