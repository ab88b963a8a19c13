// Purpose: takedown simulation — who could take over from the people arrested: the people whose contacts are most
//          like theirs (GDS node similarity, Jaccard over contact sets, single-threaded), with the gangs and roles of
//          both, so the service can prefer candidates of the same gang.
// Parameters:
//   $graphName  STRING        a projection made by contact-graph.cypher (before the arrests), required
//   $removed    LIST<STRING>  person ids of the people arrested, required
//   $topK       INTEGER       most similar people considered per person; null = 20
// Returns one row per (arrested, candidate) pair, most similar first: removed (STRING), candidate (NODE),
//   similarity (FLOAT), sharedGangs (LIST<STRING>: gang ids both belong to), role (STRING or null: the arrested
//   person's role in the shared gang).
// Example: cypher-shell --param "graphName => 'contacts-demo'" --param "removed => ['Person/P005014']"
//          --param "topK => 20" -f cypher/takedown/simulation-successors.cypher
CALL gds.nodeSimilarity.stream($graphName, {topK: coalesce($topK, 20), concurrency: 1, similarityCutoff: 0.01})
YIELD node1, node2, similarity
WITH gds.util.asNode(node1) AS removed, gds.util.asNode(node2) AS candidate, similarity
WHERE removed.uid IN $removed AND NOT candidate.uid IN $removed
OPTIONAL MATCH (removed)-[m:MEMBER_OF]->(g:Gang)<-[:MEMBER_OF]-(candidate)
WITH removed, candidate, similarity, collect(g.id) AS sharedGangs, head(collect(m.role)) AS role
RETURN removed.uid AS removed, candidate, similarity, sharedGangs, role
ORDER BY removed, size(sharedGangs) > 0 DESC, similarity DESC, candidate.uid
