// Purpose: which entities make up the case package around a person, a seizure or a shipment: the direct parcel
//          neighbourhood. The people at the centre (the person; the sender and receiver of the shipment; those of
//          the seized parcel, with the seizure and its case), their phones, accounts, vehicles, homes, sites and
//          gangs, their parcels (sent and received, latest first, at most $limit) with each parcel's counterpart,
//          addresses and waybill phones, the seizures of those parcels and their cases, and the region of every
//          address. This is not the corroborated chain: for that, run the trace (GraphQL `trace`) and export the
//          ids of its subgraph as a selection.
// Parameters:
//   $id     STRING   entity id of a person, seizure or shipment ('Person/P000123', 'Seizure/SZ-...', 'Shipment/SF...'),
//                    required
//   $limit  INTEGER  most parcels taken (latest first); null = 200
// Returns one row: ids (LIST<STRING>, the subject first), empty when there is no such person, seizure or shipment.
// Example: cypher-shell --param "id => 'Person/P000001'" --param "limit => 50" -f cypher/export/parcels.cypher
MATCH (subject:Entity {uid: $id})
WHERE subject:Person OR subject:Seizure OR subject:Shipment
WITH subject,
     COLLECT { MATCH (subject:Seizure)-[:FROM_SHIPMENT]->(s:Shipment) RETURN s } AS seized,
     COLLECT { MATCH (c:Case)-[:INCLUDES]->(subject:Seizure) RETURN c } AS subjectCases
WITH subject, seized, subjectCases,
     COLLECT { WITH subject WHERE subject:Person RETURN subject AS p
               UNION
               UNWIND [subject] + seized AS s MATCH (s:Shipment)-[:SENT|ADDRESSED_TO]-(p:Person) RETURN p } AS centre
WITH subject, seized, subjectCases, centre,
     COLLECT { UNWIND centre AS p MATCH (p)-[:SENT|ADDRESSED_TO]-(s:Shipment)
               WITH DISTINCT s ORDER BY s.sentAt DESC LIMIT coalesce($limit, 200) RETURN s } AS parcels
WITH subject, seized, subjectCases, centre, parcels,
     COLLECT { UNWIND centre AS p MATCH (p)-[:USES|HOLDS|DRIVES|LIVES_AT|OPERATES|MEMBER_OF]->(x:Entity) RETURN x
               UNION
               UNWIND centre AS p MATCH (p)-[:OPERATES]->(:Site)-[:LOCATED_AT]->(x:Address) RETURN x
               UNION
               UNWIND parcels + seized AS s
               MATCH (s)-[:SENT|ADDRESSED_TO|FROM_ADDRESS|TO_ADDRESS|SENDER_PHONE|RECEIVER_PHONE|CARRIED_BY]-(x:Entity)
               WHERE NOT x:Seizure RETURN x
               UNION
               UNWIND parcels + seized AS s MATCH (s)<-[:FROM_SHIPMENT]-(x:Seizure) RETURN x
               UNION
               WITH subject MATCH (subject:Seizure)-[:SEIZED_AT]->(x:Address) RETURN x } AS around
WITH subject, seized, subjectCases, centre, parcels, around,
     COLLECT { UNWIND around AS z MATCH (c:Case)-[:INCLUDES]->(z:Seizure) RETURN c } AS cases
WITH [subject] + seized + subjectCases + centre + parcels + around + cases AS found
WITH found + COLLECT { UNWIND found AS a MATCH (a:Address)-[:LOCATED_IN]->(r:Region) RETURN DISTINCT r } AS found
UNWIND found AS n
WITH DISTINCT n
RETURN collect(n.uid) AS ids
