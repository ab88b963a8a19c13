// Purpose: import — waybills (the wide table), like the model in the README: the Shipment (merged by waybill number,
//          its declared fields set from the row) SENT by and ADDRESSED_TO the resolved persons, FROM_ADDRESS and
//          TO_ADDRESS (the province and prefecture codes of both ends copied from the addresses: originProvince,
//          originPrefecture, destinationProvince, destinationPrefecture), SENDER_PHONE and RECEIVER_PHONE, CARRIED_BY a
//          vehicle for road cargo. Persons, their phones and the addresses are written by earlier steps of the same
//          transaction (persons-merge, addresses).
//          A waybill imported again with other parties (a corrected record) ends with the new parties only: the
//          latest record of a waybill is the truth, a parcel has one sender. Seizures imported before their waybill
//          (they keep its number) are linked FROM_SHIPMENT now.
// Parameters: $rows (LIST<MAP>) {waybillNo, courier, declaredContent (or null), weightKg (FLOAT or null), sentAt
//             (INTEGER epoch ms), deliveredAt (INTEGER epoch ms or null), senderId, senderName, senderPhone,
//             senderAddress (normalised text), receiverId, receiverName, receiverPhone, receiverAddress, vehiclePlate
//             (or null), record (STRING, the source record id, written as importRecord)}.
//             $prov (MAP: importSource, importJob, importedAt) the batch's provenance, the same for every entry.
// Example: cypher-shell --param "rows => [{waybillNo: 'SF000000000001', courier: '顺丰速运', declaredContent: '茶叶', weightKg: 1.2, sentAt: 1775001600000, deliveredAt: null, senderId: 'P000001', senderName: '王伟', senderPhone: '13800000000', senderAddress: '云南省昆明市五华区人民路1号', receiverId: 'P000002', receiverName: '李娜', receiverPhone: '13900000000', receiverAddress: '广东省广州市天河区体育西路2号', vehiclePlate: null, record: 'SF000000000001'}]" --param "prov => {importSource: 'manual', importJob: 'IJ-TEST', importedAt: datetime()}" -f cypher/ingest/waybills.cypher
UNWIND $rows AS row
MATCH (sender:Person {id: row.senderId}), (receiver:Person {id: row.receiverId})
MATCH (origin:Address {text: row.senderAddress}), (destination:Address {text: row.receiverAddress})
MATCH (senderPhone:Phone {number: row.senderPhone}), (receiverPhone:Phone {number: row.receiverPhone})
MERGE (s:Shipment {waybillNo: row.waybillNo})
  ON CREATE SET s:Entity, s.uid = 'Shipment/' + row.waybillNo, s += $prov, s.importRecord = row.record
SET s.courier = row.courier, s.declaredContent = row.declaredContent, s.weightKg = row.weightKg,
    s.sentAt = datetime({epochMillis: row.sentAt}),
    s.receivedAt = CASE WHEN row.deliveredAt IS NULL THEN null ELSE datetime({epochMillis: row.deliveredAt}) END,
    s.senderName = row.senderName, s.receiverName = row.receiverName,
    // where it goes from and to, read by the region analyses (see schema/V009__region_codes)
    s.originProvince = origin.provinceCode, s.originPrefecture = origin.prefectureCode,
    s.destinationProvince = destination.provinceCode, s.destinationPrefecture = destination.prefectureCode
WITH s, row, sender, receiver, origin, destination, senderPhone, receiverPhone,
     [['ADDRESSED_TO', receiver], ['FROM_ADDRESS', origin], ['TO_ADDRESS', destination],
      ['SENDER_PHONE', senderPhone], ['RECEIVER_PHONE', receiverPhone]] AS parties
CALL (s, sender, parties, row) {
  MATCH (s)-[stale:ADDRESSED_TO|FROM_ADDRESS|TO_ADDRESS|SENDER_PHONE|RECEIVER_PHONE|CARRIED_BY]->(other)
  WHERE NOT [type(stale), other] IN parties
    AND NOT (type(stale) = 'CARRIED_BY' AND other.plate = row.vehiclePlate)
  DELETE stale
}
CALL (s, sender) {
  MATCH (previous)-[stale:SENT]->(s)
  WHERE previous <> sender
  DELETE stale
}
MERGE (sender)-[sent:SENT]->(s) ON CREATE SET sent += $prov, sent.importRecord = row.record
MERGE (s)-[addressed:ADDRESSED_TO]->(receiver) ON CREATE SET addressed += $prov, addressed.importRecord = row.record
MERGE (s)-[fromAddress:FROM_ADDRESS]->(origin) ON CREATE SET fromAddress += $prov, fromAddress.importRecord = row.record
MERGE (s)-[toAddress:TO_ADDRESS]->(destination) ON CREATE SET toAddress += $prov, toAddress.importRecord = row.record
MERGE (s)-[sp:SENDER_PHONE]->(senderPhone) ON CREATE SET sp += $prov, sp.importRecord = row.record
MERGE (s)-[rp:RECEIVER_PHONE]->(receiverPhone) ON CREATE SET rp += $prov, rp.importRecord = row.record
FOREACH (plate IN CASE WHEN row.vehiclePlate IS NULL THEN [] ELSE [row.vehiclePlate] END |
  MERGE (v:Vehicle {plate: plate})
    ON CREATE SET v:Entity, v.uid = 'Vehicle/' + plate, v += $prov, v.importRecord = row.record
  MERGE (s)-[carried:CARRIED_BY]->(v) ON CREATE SET carried += $prov, carried.importRecord = row.record)
WITH s, row
CALL (s, row) {
  MATCH (z:Seizure {waybillNo: row.waybillNo})
  MERGE (z)-[found:FROM_SHIPMENT]->(s) ON CREATE SET found += $prov, found.importRecord = row.record
}
