// Purpose: key players, step 3c — betweenness centrality on a projected contact graph (contact-graph.cypher): on how
//          many shortest contact chains (in hops, unweighted: the weights measure evidence, not distance) between two
//          persons of the scope someone sits. Exact when $samplingSize is null; on large scopes an estimate from
//          $samplingSize source persons drawn with the fixed $samplingSeed, so the answer is repeatable.
//          Single-threaded so the sums come out bit-identical run after run.
// Parameters: $graphName (STRING) the projection's name; $samplingSize (INTEGER or null); $samplingSeed (INTEGER).
// Returns one row per projected person: id (STRING, entity id), betweenness (FLOAT).
// Example: cypher-shell --param "graphName => 'contacts-demo'" --param "samplingSize => null"
//          --param "samplingSeed => 42" -f cypher/takedown/betweenness.cypher
CALL gds.betweenness.stream($graphName, CASE WHEN $samplingSize IS NULL THEN {concurrency: 1}
  ELSE {concurrency: 1, samplingSize: $samplingSize, samplingSeed: $samplingSeed} END)
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).uid AS id, score AS betweenness
