// Purpose: takedown simulation — the connected components of a projected contact graph (GDS weakly connected
//          components, single-threaded so ids repeat), one row per person.
// Parameters:
//   $graphName  STRING  a projection made by contact-graph.cypher, required
// Returns one row per projected person: id (STRING: person id), component (INTEGER).
// Example: cypher-shell --param "graphName => 'contacts-demo'" -f cypher/takedown/simulation-components.cypher
CALL gds.wcc.stream($graphName, {concurrency: 1})
YIELD nodeId, componentId
RETURN gds.util.asNode(nodeId).uid AS id, componentId AS component
