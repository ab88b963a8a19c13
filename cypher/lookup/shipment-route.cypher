// Purpose: where each shipment came from and went to (addresses), and the vehicle that carried road cargo.
// Parameters: $ids (LIST<STRING>) waybill numbers.
// Example: :param ids => ['SF123456789012']
UNWIND $ids AS key
MATCH (s:Shipment {waybillNo: key})
OPTIONAL MATCH (s)-[:FROM_ADDRESS]->(origin:Address)
OPTIONAL MATCH (s)-[:TO_ADDRESS]->(destination:Address)
OPTIONAL MATCH (s)-[:CARRIED_BY]->(vehicle:Vehicle)
RETURN key, origin, destination, vehicle
