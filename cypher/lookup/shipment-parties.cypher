// Purpose: the resolved sender and receiver of each shipment, and the phones written on its waybill.
// Parameters: $ids (LIST<STRING>) waybill numbers.
// Example: :param ids => ['SF123456789012']
UNWIND $ids AS key
MATCH (s:Shipment {waybillNo: key})
OPTIONAL MATCH (sender:Person)-[:SENT]->(s)
OPTIONAL MATCH (s)-[:ADDRESSED_TO]->(receiver:Person)
OPTIONAL MATCH (s)-[:SENDER_PHONE]->(senderPhone:Phone)
OPTIONAL MATCH (s)-[:RECEIVER_PHONE]->(receiverPhone:Phone)
RETURN key, sender, receiver, senderPhone, receiverPhone
