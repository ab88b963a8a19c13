// Purpose: which entities make up the case package of one case: the case, its seizures, the seized parcels, the
//          people it involves and the senders and receivers of those parcels; for each of those people their phones,
//          accounts, vehicles, homes, sites (with the site's address) and gangs; for each parcel its addresses,
//          waybill phones and vehicle; where each seizure was made; and the region of every address. The package's
//          nodes and relationships are then read by export/selection.cypher (the induced subgraph of these ids).
// Parameters:
//   $id  STRING  the case's entity id ('Case/A5301202600001'), required
// Returns one row: ids (LIST<STRING>, the case first), empty when there is no such case.
// Example: cypher-shell --param "id => 'Case/A530120260001'" -f cypher/export/case.cypher
MATCH (c:Case:Entity {uid: $id})
WITH c,
     COLLECT { MATCH (c)-[:INCLUDES]->(z:Seizure) RETURN z } AS seizures
WITH c, seizures,
     COLLECT { UNWIND seizures AS z MATCH (z)-[:FROM_SHIPMENT]->(s:Shipment) RETURN DISTINCT s } AS shipments
WITH c, seizures, shipments,
     COLLECT { MATCH (c)-[:INVOLVES]->(p:Person) RETURN p
               UNION
               UNWIND shipments AS s MATCH (s)<-[:SENT]-(p:Person) RETURN p
               UNION
               UNWIND shipments AS s MATCH (s)-[:ADDRESSED_TO]->(p:Person) RETURN p } AS persons
WITH c, seizures, shipments, persons,
     COLLECT { UNWIND persons AS p MATCH (p)-[:USES|HOLDS|DRIVES|LIVES_AT|OPERATES|MEMBER_OF]->(x:Entity) RETURN x
               UNION
               UNWIND persons AS p MATCH (p)-[:OPERATES]->(:Site)-[:LOCATED_AT]->(x:Address) RETURN x
               UNION
               UNWIND shipments AS s
               MATCH (s)-[:FROM_ADDRESS|TO_ADDRESS|SENDER_PHONE|RECEIVER_PHONE|CARRIED_BY]->(x:Entity) RETURN x
               UNION
               UNWIND seizures AS z MATCH (z)-[:SEIZED_AT]->(x:Address) RETURN x } AS belongings
WITH [c] + seizures + shipments + persons + belongings AS found
WITH found + COLLECT { UNWIND found AS a MATCH (a:Address)-[:LOCATED_IN]->(r:Region) RETURN DISTINCT r } AS found
UNWIND found AS n
WITH DISTINCT n
RETURN collect(n.uid) AS ids
