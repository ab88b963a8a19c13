// Purpose: seizures made from each shipment.
// Parameters: $ids (LIST<STRING>) waybill numbers.
// Example: :param ids => ['SF123456789012']
UNWIND $ids AS key
MATCH (node:Seizure)-[:FROM_SHIPMENT]->(:Shipment {waybillNo: key})
RETURN key, node ORDER BY node.id
