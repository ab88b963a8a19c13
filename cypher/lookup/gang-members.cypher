// Purpose: the known members of each gang, with their role, leaders first.
// Parameters: $ids (LIST<STRING>) gang ids.
// Example: :param ids => ['G001']
UNWIND $ids AS key
MATCH (p:Person)-[m:MEMBER_OF]->(g:Gang {id: key})
WITH key, p, g, m,
     CASE m.role WHEN 'LEADER' THEN 0 WHEN 'LIEUTENANT' THEN 1 WHEN 'FINANCIER' THEN 2 ELSE 3 END AS rank
RETURN key, p.id AS personId, g.id AS gangId, m.role AS role, toString(m.since) AS since
ORDER BY rank, personId
