// Purpose: key players, step 2 — project the person-to-person contact graph of a scope into the GDS graph catalogue
//          (Cypher aggregation, undirected, weighted). Two persons are linked when, in the scope, one sent the other
//          a parcel (Person-SENT->Shipment-ADDRESSED_TO->Person), one called the other (via the phones they USE), one
//          paid the other (via the accounts they HOLD), they share a phone, or they live at the same address. One
//          undirected relationship per pair; its weight adds up the evidence:
//            3 per parcel, 1 per call, 1 + amount/100,000 per money transfer (amount capped at 1,000,000, so at
//            most 11), 2 for a shared phone, 1 for a shared address.
//          (Parcels weigh most: they are how drugs move; large payments mark the money flowing up a gang; a shared
//          phone is near-proof of one person or one cell.)
//          Persons without any contact in the scope are not projected.
//          GDS keeps the projection in the memory of the server that ran this: on a cluster, send this script and
//          every later step (algorithms, drop) to the same member — the service uses write transactions, which the
//          driver routes to the leader — and install the GDS plugin there. Drop it with drop-graph.cypher.
// Parameters: $graphName (STRING) a name unique to this call, e.g. 'key-players-<uuid>';
//             $persons (LIST<STRING> or null) person entity ids of the scope (scope.cypher), null = every person.
// Returns at most one row: graphName (STRING), nodeCount (INTEGER), relationshipCount (INTEGER, person pairs); none when the
//          scope has no contact at all (nothing is projected then).
// Example: cypher-shell --param "graphName => 'contacts-demo'" --param "persons => ['Person/P005001', 'Person/P005002']"
//          -f cypher/takedown/contact-graph.cypher
CALL () {
  MATCH (a:Person) WHERE $persons IS NULL
  RETURN a
  UNION
  UNWIND coalesce($persons, []) AS id
  MATCH (a:Entity:Entity:Person {uid: id})
  RETURN a
}
CALL (a) {
  MATCH (a)-[:SENT]->(:Shipment)-[:ADDRESSED_TO]->(b:Person)
  RETURN b, 3.0 AS evidence
  UNION ALL
  MATCH (a)-[:USES]->(:Phone)-[:CALLED]->(:Phone)<-[:USES]-(b:Person)
  RETURN b, 1.0 AS evidence
  UNION ALL
  MATCH (a)-[:HOLDS]->(:Account)-[t:TRANSFERRED]->(:Account)<-[:HOLDS]-(b:Person)
  RETURN b, 1.0 + CASE WHEN t.amount > 1000000 THEN 1000000 ELSE coalesce(t.amount, 0) END / 100000.0 AS evidence
  UNION ALL
  // shared phones and addresses are symmetric: count each pair once, from its lower element id
  MATCH (a)-[:USES]->(:Phone)<-[:USES]-(b:Person) WHERE elementId(a) < elementId(b)
  RETURN b, 2.0 AS evidence
  UNION ALL
  MATCH (a)-[:LIVES_AT]->(:Address)<-[:LIVES_AT]-(b:Person) WHERE elementId(a) < elementId(b)
  RETURN b, 1.0 AS evidence
}
WITH a, b, evidence
WHERE a <> b AND ($persons IS NULL OR b.uid IN $persons)
WITH CASE WHEN elementId(a) < elementId(b) THEN a ELSE b END AS source,
     CASE WHEN elementId(a) < elementId(b) THEN b ELSE a END AS target,
     evidence
WITH source, target, sum(evidence) AS weight
WITH gds.graph.project($graphName, source, target, {relationshipProperties: {weight: weight}},
       {undirectedRelationshipTypes: ['*']}) AS graph
WHERE graph IS NOT NULL
// GDS counts an undirected relationship once per direction
RETURN graph.graphName AS graphName, graph.nodeCount AS nodeCount, graph.relationshipCount / 2 AS relationshipCount
