// Purpose: the phones each person USES.
// Parameters: $ids (LIST<STRING>) person ids.
// Example: :param ids => ['P000001']
UNWIND $ids AS key
MATCH (:Person {id: key})-[:USES]->(node:Phone)
RETURN key, node ORDER BY node.number
