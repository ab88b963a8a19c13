// Purpose: shipments by waybill number.
// Parameters: $ids (LIST<STRING>) waybill numbers.
// Example: :param ids => ['SF123456789012']
UNWIND $ids AS key
MATCH (node:Shipment {waybillNo: key})
RETURN key, node
