// Purpose: key players, step 3d — articulation points of a projected contact graph (contact-graph.cypher): the
//          persons whose removal splits their part of the scope into pieces that no longer reach each other.
// Parameters: $graphName (STRING) the projection's name.
// Returns one row per articulation point: id (STRING, entity id).
// Example: cypher-shell --param "graphName => 'contacts-demo'" -f cypher/takedown/articulation-points.cypher
CALL gds.articulationPoints.stream($graphName)
YIELD nodeId
RETURN gds.util.asNode(nodeId).uid AS id
