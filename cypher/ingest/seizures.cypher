// Purpose: import — seizures, merged by id: drug type, quantity and time set; INCLUDED in their case (a case not yet
//          imported gets a node with its number only), FROM_SHIPMENT the parcel when that waybill is in the graph (the
//          seizure keeps the waybill number, so a waybill imported later is linked by the waybills import), and
//          SEIZED_AT the address (merged by the addresses step of the same transaction).
// Parameters: $rows (LIST<MAP>) {id (STRING), drugType (STRING), quantityKg (FLOAT), seizedAt (INTEGER epoch ms),
//             caseNumber, waybillNo, address (STRING or null each), record (STRING, the source
//             record id, written as importRecord)}.
//             $prov (MAP: importSource, importJob, importedAt) the batch's provenance, the same for every entry.
// Example: cypher-shell --param "rows => [{id: 'SZ-IMPORT-1', drugType: 'METHAMPHETAMINE', quantityKg: 2.5, seizedAt: 1775001600000, caseNumber: null, waybillNo: null, address: null, record: 'x.csv:2'}]" --param "prov => {importSource: 'manual', importJob: 'IJ-TEST', importedAt: datetime()}" -f cypher/ingest/seizures.cypher
UNWIND $rows AS row
MERGE (z:Seizure {id: row.id})
  ON CREATE SET z:Entity, z.uid = 'Seizure/' + row.id, z += $prov, z.importRecord = row.record
SET z.drugType = row.drugType, z.quantityKg = row.quantityKg, z.seizedAt = datetime({epochMillis: row.seizedAt}),
    z.waybillNo = row.waybillNo
FOREACH (number IN CASE WHEN row.caseNumber IS NULL THEN [] ELSE [row.caseNumber] END |
  MERGE (c:Case {number: number})
    ON CREATE SET c:Entity, c.uid = 'Case/' + number, c += $prov, c.importRecord = row.record
  MERGE (c)-[includes:INCLUDES]->(z) ON CREATE SET includes += $prov, includes.importRecord = row.record)
FOREACH (text IN CASE WHEN row.address IS NULL THEN [] ELSE [row.address] END |
  MERGE (a:Address {text: text})
  MERGE (z)-[seizedAt:SEIZED_AT]->(a) ON CREATE SET seizedAt += $prov, seizedAt.importRecord = row.record)
WITH z, row
OPTIONAL MATCH (s:Shipment {waybillNo: row.waybillNo})
FOREACH (shipment IN CASE WHEN s IS NULL THEN [] ELSE [s] END |
  MERGE (z)-[found:FROM_SHIPMENT]->(shipment) ON CREATE SET found += $prov, found.importRecord = row.record)
