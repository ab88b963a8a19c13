// Purpose: the vehicles each person DRIVES.
// Parameters: $ids (LIST<STRING>) person ids.
// Example: :param ids => ['P000001']
UNWIND $ids AS key
MATCH (:Person {id: key})-[:DRIVES]->(node:Vehicle)
RETURN key, node ORDER BY node.plate
