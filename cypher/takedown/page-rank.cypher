// Purpose: key players, step 3b — weighted PageRank on a projected contact graph (contact-graph.cypher): who the
//          well-connected persons are in contact with, most evidence first (damping 0.85, at most 40 iterations).
//          Single-threaded so the same data always gives bit-identical scores (a stable ranking).
// Parameters: $graphName (STRING) the projection's name.
// Returns one row per projected person: id (STRING, entity id), pageRank (FLOAT).
// Example: cypher-shell --param "graphName => 'contacts-demo'" -f cypher/takedown/page-rank.cypher
CALL gds.pageRank.stream($graphName, {relationshipWeightProperty: 'weight', dampingFactor: 0.85,
  maxIterations: 40, tolerance: 0.0000001, concurrency: 1})
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).uid AS id, score AS pageRank
