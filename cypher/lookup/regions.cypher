// Purpose: regions by code (GB/T 2260 code, or ISO code for foreign regions).
// Parameters: $ids (LIST<STRING>) region codes.
// Example: :param ids => ['530000', 'MM-17']
UNWIND $ids AS key
MATCH (node:Region {code: key})
RETURN key, node
