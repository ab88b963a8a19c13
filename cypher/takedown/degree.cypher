// Purpose: key players, step 3a — degree centrality on a projected contact graph (contact-graph.cypher): the number
//          of distinct persons each person is in contact with inside the scope (unweighted).
// Parameters: $graphName (STRING) the projection's name.
// Returns one row per projected person: id (STRING, entity id), degree (FLOAT).
// Example: cypher-shell --param "graphName => 'contacts-demo'" -f cypher/takedown/degree.cypher
CALL gds.degree.stream($graphName, {concurrency: 1})
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).uid AS id, score AS degree
