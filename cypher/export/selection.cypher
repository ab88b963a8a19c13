// Purpose: the induced subgraph of a selection of entities: the nodes with these ids, in the order given, and every
//          relationship between two of them (region hierarchy links PART_OF included when both regions are
//          selected). What a case package holds; the subject scripts (case, gang, parcels) only choose the ids.
// Parameters:
//   $ids  LIST<STRING>  entity ids ('Person/P000123', 'Gang/G001', 'Shipment/SF...'), required; unknown ids are
//                       left out (the caller compares)
// Returns one row: nodes (LIST<NODE>, in the order of $ids), relationships (LIST<RELATIONSHIP>).
// Example: cypher-shell --param "ids => ['Gang/G001', 'Person/P000001']" -f cypher/export/selection.cypher
UNWIND range(0, size($ids) - 1) AS i
MATCH (n:Entity {uid: $ids[i]})
WITH n ORDER BY i
WITH collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes
  RETURN collect(r) AS relationships
}
RETURN nodes, relationships
