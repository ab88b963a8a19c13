// Purpose: import — write resolved persons: merge by id (an existing person, or a new one with the id the resolver
//          chose), record an ID number the person did not have yet, and the phone the row names (USES).
// Parameters: $persons (LIST<MAP>) {id (STRING), name (STRING), idNumber (STRING or null: record it when the person has
//             none), phone (STRING or null), prov (MAP: importSource, importRecord, importJob, importedAt)}.
// Example: cypher-shell --param "persons => [{id: 'NP-0123456789abcdef', name: '王伟', idNumber: null, phone: '13800000000', prov: {importSource: 'manual', importRecord: 'x.csv:2', importJob: 'IJ-TEST', importedAt: datetime()}}]" -f cypher/ingest/persons-merge.cypher
UNWIND $persons AS row
MERGE (p:Person {id: row.id})
  ON CREATE SET p:Entity, p.uid = 'Person/' + row.id, p.name = row.name, p.aliases = [], p.status = 'UNKNOWN',
                p += row.prov
FOREACH (number IN CASE WHEN p.idNumber IS NULL AND row.idNumber IS NOT NULL THEN [row.idNumber] ELSE [] END |
  SET p.idNumber = number)
FOREACH (number IN CASE WHEN row.phone IS NULL THEN [] ELSE [row.phone] END |
  MERGE (phone:Phone {number: number})
    ON CREATE SET phone:Entity, phone.uid = 'Phone/' + number, phone += row.prov
  MERGE (p)-[uses:USES]->(phone)
    ON CREATE SET uses += row.prov)
