// Purpose: persons by id (the person query, and batch loading of nested person fields).
// Parameters: $ids (LIST<STRING>) person ids.
// Example: :param ids => ['P000001']
UNWIND $ids AS key
MATCH (node:Person {id: key})
RETURN key, node
