// Purpose: the accounts each person HOLDS.
// Parameters: $ids (LIST<STRING>) person ids.
// Example: :param ids => ['P000001']
UNWIND $ids AS key
MATCH (:Person {id: key})-[:HOLDS]->(node:Account)
RETURN key, node ORDER BY node.number
