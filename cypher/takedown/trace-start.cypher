// Purpose: where a whole-chain trace starts — the hand-over (sender, shipment, receiver) behind a seizure or a
//          shipment, or a person on their own. First step of the trace; trace-upstream and trace-downstream follow.
// Parameters:
//   $id  STRING  entity id: 'Seizure/<id>', 'Shipment/<waybill>' or 'Person/P...', required
// Returns at most one row: person (NODE or null: the start when it is a person), seizure (NODE or null),
//   shipment (NODE or null), sender (NODE or null), receiver (NODE or null), relationships (LIST<RELATIONSHIP>:
//   SENT, ADDRESSED_TO and the seizure's FROM_SHIPMENT).
// Example: cypher-shell --param "id => 'Person/P005008'" -f cypher/takedown/trace-start.cypher
MATCH (e:Entity {uid: $id})
WHERE e:Seizure OR e:Shipment OR e:Person
OPTIONAL MATCH (e:Seizure)-[fs:FROM_SHIPMENT]->(seized:Shipment)
WITH e, fs, CASE WHEN e:Shipment THEN e ELSE seized END AS shipment
OPTIONAL MATCH (sender:Person)-[sent:SENT]->(shipment)-[to:ADDRESSED_TO]->(receiver:Person)
RETURN CASE WHEN e:Person THEN e END AS person, CASE WHEN e:Seizure THEN e END AS seizure, shipment, sender, receiver,
       [r IN [sent, to, fs] WHERE r IS NOT NULL] AS relationships
