// Purpose: the persons who USE each phone (several names on one phone is a classic lead).
// Parameters: $ids (LIST<STRING>) phone numbers.
// Example: :param ids => ['13800000000']
UNWIND $ids AS key
MATCH (node:Person)-[:USES]->(:Phone {number: key})
RETURN key, node ORDER BY node.id
