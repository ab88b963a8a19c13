// Purpose: hidden gangs, step 3 (default) — Leiden community detection on a projected contact graph
//          (contact-graph.cypher), weighted by the evidence between two persons: groups of persons in much closer
//          contact with each other than with the rest. Leiden is randomised: a fixed seed and a single thread make the
//          same data always give the same communities. GDS defaults otherwise (gamma 1.0, theta 0.01, at most 10
//          levels, tolerance 0.0001); the final level's communities are returned.
// Parameters: $graphName (STRING) the projection's name; $seed (INTEGER) the random seed, e.g. 42.
// Returns one row per projected person: id (STRING, entity id), communityId (INTEGER).
// Example: cypher-shell --param "graphName => 'contacts-demo'" --param "seed => 42"
//          -f cypher/takedown/communities-leiden.cypher
CALL gds.leiden.stream($graphName, {relationshipWeightProperty: 'weight', randomSeed: $seed, concurrency: 1})
YIELD nodeId, communityId
RETURN gds.util.asNode(nodeId).uid AS id, communityId
