// Purpose: the parent region of each region (PART_OF).
// Parameters: $ids (LIST<STRING>) region codes.
// Example: :param ids => ['530100']
UNWIND $ids AS key
MATCH (:Region {code: key})-[:PART_OF]->(node:Region)
RETURN key, node
