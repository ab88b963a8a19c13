// Purpose: the region each address is LOCATED_IN.
// Parameters: $ids (LIST<STRING>) address ids.
// Example: :param ids => ['A000001']
UNWIND $ids AS key
MATCH (:Address {id: key})-[:LOCATED_IN]->(node:Region)
RETURN key, node
