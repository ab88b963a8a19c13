// Purpose: the address of each site (lab, stash house ...).
// Parameters: $ids (LIST<STRING>) site ids.
// Example: :param ids => ['SITE0001']
UNWIND $ids AS key
MATCH (:Site {id: key})-[:LOCATED_AT]->(node:Address)
RETURN key, node
