// Purpose: which entities make up the case package of one gang: the gang and its known members (MEMBER_OF); each
//          member's phones, accounts, vehicles, homes and sites (with the site's address); the parcels between two
//          members, and every parcel of a member that was seized, with the seizure, its case and where it was made;
//          the cases involving a member; and the region of every address. Calls between member phones and transfers
//          between member accounts come with the induced subgraph (export/selection.cypher).
// Parameters:
//   $id  STRING  the gang's entity id ('Gang/G001'), required
// Returns one row: ids (LIST<STRING>, the gang first), empty when there is no such gang.
// Example: cypher-shell --param "id => 'Gang/G001'" -f cypher/export/gang.cypher
MATCH (g:Gang:Entity {uid: $id})
WITH g, COLLECT { MATCH (p:Person)-[:MEMBER_OF]->(g) RETURN p } AS members
WITH g, members,
     COLLECT { UNWIND members AS m MATCH (m)-[:USES|HOLDS|DRIVES|LIVES_AT|OPERATES]->(x:Entity) RETURN x
               UNION
               UNWIND members AS m MATCH (m)-[:OPERATES]->(:Site)-[:LOCATED_AT]->(x:Address) RETURN x } AS belongings,
     COLLECT { UNWIND members AS m MATCH (m)-[:SENT]->(s:Shipment)-[:ADDRESSED_TO]->(other:Person)
               WHERE other IN members RETURN s
               UNION
               UNWIND members AS m MATCH (m)-[:SENT|ADDRESSED_TO]-(s:Shipment)<-[:FROM_SHIPMENT]-(:Seizure)
               RETURN s } AS shipments
WITH g, members, belongings, shipments,
     COLLECT { UNWIND shipments AS s MATCH (s)<-[:FROM_SHIPMENT]-(z:Seizure) RETURN z } AS seizures
WITH g, members, belongings, shipments, seizures,
     COLLECT { UNWIND members AS m MATCH (c:Case)-[:INVOLVES]->(m) RETURN c
               UNION
               UNWIND seizures AS z MATCH (c:Case)-[:INCLUDES]->(z) RETURN c } AS cases,
     COLLECT { UNWIND seizures AS z MATCH (z)-[:SEIZED_AT]->(x:Address) RETURN x
               UNION
               UNWIND shipments AS s
               MATCH (s)-[:FROM_ADDRESS|TO_ADDRESS|SENDER_PHONE|RECEIVER_PHONE|CARRIED_BY]->(x:Entity) RETURN x
               UNION
               UNWIND shipments AS s MATCH (s)-[:SENT|ADDRESSED_TO]-(x:Person) RETURN x } AS around
WITH [g] + members + belongings + shipments + seizures + cases + around AS found
WITH found + COLLECT { UNWIND found AS a MATCH (a:Address)-[:LOCATED_IN]->(r:Region) RETURN DISTINCT r } AS found
UNWIND found AS n
WITH DISTINCT n
RETURN collect(n.uid) AS ids
