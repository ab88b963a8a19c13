// Purpose: gangs by id.
// Parameters: $ids (LIST<STRING>) gang ids.
// Example: :param ids => ['G001']
UNWIND $ids AS key
MATCH (node:Gang {id: key})
RETURN key, node
