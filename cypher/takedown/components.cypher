// Purpose: hidden gangs, step 4 — weakly connected components of a projected contact graph (contact-graph.cypher):
//          groups of persons with no contact chain between them at all. How many, and how large the largest is.
// Parameters: $graphName (STRING) the projection's name.
// Returns one row: components (INTEGER), largest (INTEGER, persons in the largest component).
// Example: cypher-shell --param "graphName => 'contacts-demo'" -f cypher/takedown/components.cypher
CALL gds.wcc.stream($graphName, {concurrency: 1})
YIELD nodeId, componentId
WITH componentId, count(*) AS size
RETURN count(*) AS components, max(size) AS largest
