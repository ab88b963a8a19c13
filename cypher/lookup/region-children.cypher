// Purpose: the direct subdivisions of each region.
// Parameters: $ids (LIST<STRING>) region codes.
// Example: :param ids => ['530000']
UNWIND $ids AS key
MATCH (node:Region)-[:PART_OF]->(:Region {code: key})
RETURN key, node ORDER BY node.code
