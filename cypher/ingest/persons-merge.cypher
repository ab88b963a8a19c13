// Purpose: import — write resolved persons: merge by id (an existing person, or a new one with the id the resolver
//          chose), record an ID number the person did not have yet, and the phone the row names (USES).
// Parameters: $persons (LIST<MAP>) {id (STRING), name (STRING), idNumber (STRING or null: record it when the person has
//             none), phone (STRING or null), record (STRING, the source record id, written as importRecord)}.
//             $prov (MAP: importSource, importJob, importedAt) the batch's provenance, the same for every entry.
// Example: cypher-shell --param "persons => [{id: 'NP-0123456789abcdef', name: '王伟', idNumber: null, phone: '13800000000', record: 'x.csv:2'}]" --param "prov => {importSource: 'manual', importJob: 'IJ-TEST', importedAt: datetime()}" -f cypher/ingest/persons-merge.cypher
UNWIND $persons AS row
MERGE (p:Person {id: row.id})
  ON CREATE SET p:Entity, p.uid = 'Person/' + row.id, p.name = row.name, p.aliases = [], p.status = 'UNKNOWN',
                p += $prov, p.importRecord = row.record
FOREACH (number IN CASE WHEN p.idNumber IS NULL AND row.idNumber IS NOT NULL THEN [row.idNumber] ELSE [] END |
  SET p.idNumber = number)
FOREACH (number IN CASE WHEN row.phone IS NULL THEN [] ELSE [row.phone] END |
  MERGE (phone:Phone {number: number})
    ON CREATE SET phone:Entity, phone.uid = 'Phone/' + number, phone += $prov, phone.importRecord = row.record
  MERGE (p)-[uses:USES]->(phone)
    ON CREATE SET uses += $prov, uses.importRecord = row.record)
