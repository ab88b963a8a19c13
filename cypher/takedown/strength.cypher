// Purpose: key players, step 3a' — weighted degree ("strength") on a projected contact graph (contact-graph.cypher):
//          the total evidence (weights) of each person's links inside the scope. Divided by the number of contacts
//          (degree.cypher) it gives how intense a person's ties are on average: a gang's head keeps few contacts but
//          talks to and is paid by them a lot.
// Parameters: $graphName (STRING) the projection's name.
// Returns one row per projected person: id (STRING, entity id), strength (FLOAT).
// Example: cypher-shell --param "graphName => 'contacts-demo'" -f cypher/takedown/strength.cypher
CALL gds.degree.stream($graphName, {relationshipWeightProperty: 'weight', concurrency: 1})
YIELD nodeId, score
RETURN gds.util.asNode(nodeId).uid AS id, score AS strength
