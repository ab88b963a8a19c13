// Purpose: demo loader — shipments: the waybill (as declared) SENT by and ADDRESSED_TO the resolved persons,
//          FROM and TO addresses (with the province and prefecture codes of both ends, copied from the addresses), the
//          phones written on it, and the vehicle for road cargo.
// Parameters: $rows (LIST<MAP>) {waybillNo, courier, declaredContent, weightKg, sentAt, receivedAt (epoch ms or null),
//             senderId, senderName, senderPhone, receiverId, receiverName, receiverPhone, originId, destinationId,
//             vehiclePlate (or null)}.
// Example: :param rows => [{waybillNo:'SF000000000001', courier:'顺丰速运', declaredContent:'茶叶', weightKg:1.2,
//          sentAt:1775001600000, receivedAt:null, senderId:'P000001', senderName:'王伟', senderPhone:'13800000000',
//          receiverId:'P000002', receiverName:'李娜', receiverPhone:'13900000000', originId:'A000001',
//          destinationId:'A000002', vehiclePlate:null}]
UNWIND $rows AS row
MATCH (sender:Person {id: row.senderId}), (receiver:Person {id: row.receiverId})
MATCH (origin:Address {id: row.originId}), (destination:Address {id: row.destinationId})
MATCH (senderPhone:Phone {number: row.senderPhone}), (receiverPhone:Phone {number: row.receiverPhone})
CREATE (s:Shipment:Entity {uid: 'Shipment/' + row.waybillNo, waybillNo: row.waybillNo, courier: row.courier, declaredContent: row.declaredContent,
                    weightKg: row.weightKg, sentAt: datetime({epochMillis: row.sentAt}),
                    receivedAt: CASE WHEN row.receivedAt IS NULL THEN null ELSE datetime({epochMillis: row.receivedAt}) END,
                    senderName: row.senderName, receiverName: row.receiverName,
                    originProvince: origin.provinceCode, originPrefecture: origin.prefectureCode,
                    destinationProvince: destination.provinceCode, destinationPrefecture: destination.prefectureCode})
CREATE (sender)-[:SENT]->(s)-[:ADDRESSED_TO]->(receiver)
CREATE (s)-[:FROM_ADDRESS]->(origin)
CREATE (s)-[:TO_ADDRESS]->(destination)
CREATE (s)-[:SENDER_PHONE]->(senderPhone)
CREATE (s)-[:RECEIVER_PHONE]->(receiverPhone)
WITH s, row
WHERE row.vehiclePlate IS NOT NULL
MATCH (v:Vehicle {plate: row.vehiclePlate})
CREATE (s)-[:CARRIED_BY]->(v)
