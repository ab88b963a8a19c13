// Purpose: the addresses each person LIVES_AT.
// Parameters: $ids (LIST<STRING>) person ids.
// Example: :param ids => ['P000001']
UNWIND $ids AS key
MATCH (:Person {id: key})-[:LIVES_AT]->(node:Address)
RETURN key, node ORDER BY node.id
