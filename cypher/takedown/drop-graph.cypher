// Purpose: key players, last step — drop a projected contact graph from the GDS graph catalogue (frees its memory).
//          Harmless when it does not exist (failIfMissing false), so it is safe to run after any failure.
// Parameters: $graphName (STRING) the projection's name.
// Returns at most one row: graphName (STRING).
// Example: cypher-shell --param "graphName => 'contacts-demo'" -f cypher/takedown/drop-graph.cypher
CALL gds.graph.drop($graphName, false)
YIELD graphName
RETURN graphName
