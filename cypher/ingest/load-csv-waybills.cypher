// Purpose: benchmark only — the waybill import done by Neo4j's own LOAD CSV: the same MERGEs as the import engine's
//          addresses, persons-merge and waybills scripts (same keys, ids, relationships and provenance), but without
//          the engine's row checks, normalisation and person-resolution reads (every sender is merged by ID number or
//          by name and phone). ImportBenchmark compares the two; see README "Benchmarks".
// Parameters: $url (STRING, e.g. 'file:///waybills.csv', under the server's import directory), $batch (INTEGER, rows
//             per transaction, e.g. 1000), $prov (MAP: importSource, importJob, importedAt).
// Example: cypher-shell --param "url => 'file:///waybills.csv'" --param "batch => 1000" --param "prov => {importSource: 'load-csv', importJob: 'IJ-LOAD-CSV', importedAt: datetime()}" -f cypher/ingest/load-csv-waybills.cypher
LOAD CSV WITH HEADERS FROM $url AS line
CALL (line) {
  WITH line, {importSource: $prov.importSource, importJob: $prov.importJob, importedAt: $prov.importedAt,
             importRecord: line.waybillNo} AS prov,
       CASE WHEN line.senderIdNumber IS NULL THEN 'NP-' + line.senderName + '|' + line.senderPhone
            ELSE 'ID-' + line.senderIdNumber END AS senderId,
       CASE WHEN line.receiverIdNumber IS NULL THEN 'NP-' + line.receiverName + '|' + line.receiverPhone
            ELSE 'ID-' + line.receiverIdNumber END AS receiverId
  MATCH (senderRegion:Region {code: line.senderRegion}), (receiverRegion:Region {code: line.receiverRegion})
  MERGE (origin:Address {text: line.senderAddress})
    ON CREATE SET origin:Entity, origin.id = 'AD-' + line.senderAddress, origin.uid = 'Address/AD-' + line.senderAddress,
                  origin += prov
  MERGE (destination:Address {text: line.receiverAddress})
    ON CREATE SET destination:Entity, destination.id = 'AD-' + line.receiverAddress,
                  destination.uid = 'Address/AD-' + line.receiverAddress, destination += prov
  MERGE (origin)-[l1:LOCATED_IN]->(senderRegion) ON CREATE SET l1 += prov
  MERGE (destination)-[l2:LOCATED_IN]->(receiverRegion) ON CREATE SET l2 += prov
  // the province and prefecture of a new address, as ingest/addresses writes them (MERGE cannot hold the subqueries)
  WITH *
  CALL (origin, senderRegion) {
    MATCH (origin) WHERE origin.provinceCode IS NULL
    SET origin.provinceCode = COLLECT { MATCH (senderRegion)-[:PART_OF*0..3]->(p:Region {level: 'PROVINCE'})
                                        RETURN p.code }[0],
        origin.prefectureCode = COLLECT { MATCH (senderRegion)-[:PART_OF*0..3]->(p:Region {level: 'PREFECTURE'})
                                          RETURN p.code }[0]
  }
  CALL (destination, receiverRegion) {
    MATCH (destination) WHERE destination.provinceCode IS NULL
    SET destination.provinceCode = COLLECT { MATCH (receiverRegion)-[:PART_OF*0..3]->(p:Region {level: 'PROVINCE'})
                                             RETURN p.code }[0],
        destination.prefectureCode = COLLECT { MATCH (receiverRegion)-[:PART_OF*0..3]->(p:Region {level: 'PREFECTURE'})
                                               RETURN p.code }[0]
  }
  MERGE (sender:Person {id: senderId})
    ON CREATE SET sender:Entity, sender.uid = 'Person/' + senderId, sender.name = line.senderName,
                  sender.idNumber = line.senderIdNumber, sender.aliases = [], sender.status = 'UNKNOWN', sender += prov
  MERGE (receiver:Person {id: receiverId})
    ON CREATE SET receiver:Entity, receiver.uid = 'Person/' + receiverId, receiver.name = line.receiverName,
                  receiver.idNumber = line.receiverIdNumber, receiver.aliases = [], receiver.status = 'UNKNOWN',
                  receiver += prov
  MERGE (senderPhone:Phone {number: line.senderPhone})
    ON CREATE SET senderPhone:Entity, senderPhone.uid = 'Phone/' + line.senderPhone, senderPhone += prov
  MERGE (receiverPhone:Phone {number: line.receiverPhone})
    ON CREATE SET receiverPhone:Entity, receiverPhone.uid = 'Phone/' + line.receiverPhone, receiverPhone += prov
  MERGE (sender)-[u1:USES]->(senderPhone) ON CREATE SET u1 += prov
  MERGE (receiver)-[u2:USES]->(receiverPhone) ON CREATE SET u2 += prov
  MERGE (s:Shipment {waybillNo: line.waybillNo})
    ON CREATE SET s:Entity, s.uid = 'Shipment/' + line.waybillNo, s += prov
  SET s.courier = line.courier, s.declaredContent = line.declaredContent, s.weightKg = toFloat(line.weightKg),
      s.sentAt = datetime(line.sentAt), s.receivedAt = datetime(line.deliveredAt),
      s.senderName = line.senderName, s.receiverName = line.receiverName,
      s.originProvince = origin.provinceCode, s.originPrefecture = origin.prefectureCode,
      s.destinationProvince = destination.provinceCode, s.destinationPrefecture = destination.prefectureCode
  MERGE (sender)-[sent:SENT]->(s) ON CREATE SET sent += prov
  MERGE (s)-[addressed:ADDRESSED_TO]->(receiver) ON CREATE SET addressed += prov
  MERGE (s)-[fromAddress:FROM_ADDRESS]->(origin) ON CREATE SET fromAddress += prov
  MERGE (s)-[toAddress:TO_ADDRESS]->(destination) ON CREATE SET toAddress += prov
  MERGE (s)-[sp:SENDER_PHONE]->(senderPhone) ON CREATE SET sp += prov
  MERGE (s)-[rp:RECEIVER_PHONE]->(receiverPhone) ON CREATE SET rp += prov
  FOREACH (plate IN CASE WHEN line.vehiclePlate IS NULL THEN [] ELSE [line.vehiclePlate] END |
    MERGE (v:Vehicle {plate: plate}) ON CREATE SET v:Entity, v.uid = 'Vehicle/' + plate, v += prov
    MERGE (s)-[carried:CARRIED_BY]->(v) ON CREATE SET carried += prov)
} IN TRANSACTIONS OF $batch ROWS
