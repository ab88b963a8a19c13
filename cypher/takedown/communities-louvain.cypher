// Purpose: hidden gangs, step 3 (alternative) — Louvain community detection on a projected contact graph
//          (contact-graph.cypher), weighted by the evidence between two persons. Louvain takes no random seed in GDS;
//          a single thread makes the same data always give the same communities. GDS defaults otherwise (at most 10
//          levels, 10 iterations per level, tolerance 0.0001); the final level's communities are returned. Its
//          communities may be internally disconnected, which Leiden's refinement step prevents: Leiden is the default.
// Parameters: $graphName (STRING) the projection's name; $seed (INTEGER) unused, accepted so both algorithms take the
//             same parameters.
// Returns one row per projected person: id (STRING, entity id), communityId (INTEGER).
// Example: cypher-shell --param "graphName => 'contacts-demo'" --param "seed => 42"
//          -f cypher/takedown/communities-louvain.cypher
CALL gds.louvain.stream($graphName, {relationshipWeightProperty: 'weight', concurrency: 1})
YIELD nodeId, communityId
RETURN gds.util.asNode(nodeId).uid AS id, communityId
