// Purpose: import — gangs, merged by id; name and description set from the row.
// Parameters: $rows (LIST<MAP>) {id (STRING), name (STRING), description (STRING or null), record (STRING, the
//             source record id, written as importRecord)}.
//             $prov (MAP: importSource, importJob, importedAt) the batch's provenance, the same for every entry.
// Example: cypher-shell --param "rows => [{id: 'G-IMPORT-1', name: '西南贩毒团伙', description: null, record: 'x.csv:2'}]" --param "prov => {importSource: 'manual', importJob: 'IJ-TEST', importedAt: datetime()}" -f cypher/ingest/gangs.cypher
UNWIND $rows AS row
MERGE (g:Gang {id: row.id})
  ON CREATE SET g:Entity, g.uid = 'Gang/' + row.id, g += $prov, g.importRecord = row.record
SET g.name = row.name, g.description = coalesce(row.description, g.description)
