// Purpose: the shipment each seizure came from, and the case it belongs to.
// Parameters: $ids (LIST<STRING>) seizure ids.
// Example: :param ids => ['SZ-A5301202600001']
UNWIND $ids AS key
MATCH (z:Seizure {id: key})
OPTIONAL MATCH (z)-[:FROM_SHIPMENT]->(shipment:Shipment)
OPTIONAL MATCH (c:Case)-[:INCLUDES]->(z)
RETURN key, shipment, c AS case
