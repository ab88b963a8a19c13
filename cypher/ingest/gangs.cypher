// Purpose: import — gangs, merged by id; name and description set from the row.
// Parameters: $rows (LIST<MAP>) {id (STRING), name (STRING), description (STRING or null), prov (MAP: importSource,
//             importRecord, importJob, importedAt)}.
// Example: cypher-shell --param "rows => [{id: 'G-IMPORT-1', name: '西南贩毒团伙', description: null, prov: {importSource: 'manual', importRecord: 'x.csv:2', importJob: 'IJ-TEST', importedAt: datetime()}}]" -f cypher/ingest/gangs.cypher
UNWIND $rows AS row
MERGE (g:Gang {id: row.id})
  ON CREATE SET g:Entity, g.uid = 'Gang/' + row.id, g += row.prov
SET g.name = row.name, g.description = coalesce(row.description, g.description)
