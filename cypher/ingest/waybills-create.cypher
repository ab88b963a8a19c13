// Purpose: import — waybills whose shipment is not in the graph yet (ingest/waybills-existing said so in the same
//          transaction; each waybill number at most once per call): the Shipment created with its declared fields,
//          SENT by and ADDRESSED_TO the resolved persons, FROM_ADDRESS and TO_ADDRESS, SENDER_PHONE and RECEIVER_PHONE,
//          CARRIED_BY a vehicle for road cargo, the province and prefecture codes of both ends copied from the
//          addresses (originProvince, originPrefecture, destinationProvince, destinationPrefecture) — the graph
//          ingest/waybills writes for a new waybill, without its MERGEs and stale-link checks (about a quarter less
//          time than ingest/waybills for the same new waybills). Persons, phones and addresses are written by earlier
//          steps of the same transaction. Seizures imported before their waybill (they keep its number) are linked
//          FROM_SHIPMENT. A shipment created meanwhile by a concurrent import fails the Shipment key constraint; the
//          engine then writes that batch row by row and the row takes ingest/waybills.
// Parameters: $rows (LIST<MAP>) as ingest/waybills: {waybillNo, courier, declaredContent (or null), weightKg (FLOAT or
//             null), sentAt (INTEGER epoch ms), deliveredAt (INTEGER epoch ms or null), senderId, senderName,
//             senderPhone, senderAddress (normalised text), receiverId, receiverName, receiverPhone, receiverAddress,
//             vehiclePlate (or null), record (STRING, the source record id, written as importRecord)}.
//             $prov (MAP: importSource, importJob, importedAt) the batch's provenance, the same for every entry.
// Example: cypher-shell --param "rows => [{waybillNo: 'SF000000000001', courier: '顺丰速运', declaredContent: '茶叶', weightKg: 1.2, sentAt: 1775001600000, deliveredAt: null, senderId: 'P000001', senderName: '王伟', senderPhone: '13800000000', senderAddress: '云南省昆明市五华区人民路1号', receiverId: 'P000002', receiverName: '李娜', receiverPhone: '13900000000', receiverAddress: '广东省广州市天河区体育西路2号', vehiclePlate: null, record: 'SF000000000001'}]" --param "prov => {importSource: 'manual', importJob: 'IJ-TEST', importedAt: datetime()}" -f cypher/ingest/waybills-create.cypher
UNWIND $rows AS row
MATCH (sender:Person {id: row.senderId}), (receiver:Person {id: row.receiverId})
MATCH (origin:Address {text: row.senderAddress}), (destination:Address {text: row.receiverAddress})
MATCH (senderPhone:Phone {number: row.senderPhone}), (receiverPhone:Phone {number: row.receiverPhone})
CREATE (s:Shipment:Entity {waybillNo: row.waybillNo, uid: 'Shipment/' + row.waybillNo, courier: row.courier,
          declaredContent: row.declaredContent, weightKg: row.weightKg, sentAt: datetime({epochMillis: row.sentAt}),
          receivedAt: CASE WHEN row.deliveredAt IS NULL THEN null ELSE datetime({epochMillis: row.deliveredAt}) END,
          senderName: row.senderName, receiverName: row.receiverName, importRecord: row.record,
          originProvince: origin.provinceCode, originPrefecture: origin.prefectureCode,
          destinationProvince: destination.provinceCode, destinationPrefecture: destination.prefectureCode})
SET s += $prov
CREATE (sender)-[sent:SENT {importRecord: row.record}]->(s)
CREATE (s)-[addressed:ADDRESSED_TO {importRecord: row.record}]->(receiver)
CREATE (s)-[fromAddress:FROM_ADDRESS {importRecord: row.record}]->(origin)
CREATE (s)-[toAddress:TO_ADDRESS {importRecord: row.record}]->(destination)
CREATE (s)-[sp:SENDER_PHONE {importRecord: row.record}]->(senderPhone)
CREATE (s)-[rp:RECEIVER_PHONE {importRecord: row.record}]->(receiverPhone)
SET sent += $prov, addressed += $prov, fromAddress += $prov, toAddress += $prov, sp += $prov, rp += $prov
FOREACH (plate IN CASE WHEN row.vehiclePlate IS NULL THEN [] ELSE [row.vehiclePlate] END |
  MERGE (v:Vehicle {plate: plate})
    ON CREATE SET v:Entity, v.uid = 'Vehicle/' + plate, v += $prov, v.importRecord = row.record
  CREATE (s)-[carried:CARRIED_BY {importRecord: row.record}]->(v) SET carried += $prov)
WITH s, row
CALL (s, row) {
  MATCH (z:Seizure {waybillNo: row.waybillNo})
  MERGE (z)-[found:FROM_SHIPMENT]->(s) ON CREATE SET found += $prov, found.importRecord = row.record
}
