// Purpose: import — gang memberships: the resolved person (written by persons-merge in the same transaction)
//          MEMBER_OF the gang (merged by id; a gang not yet imported gets a node with its id only), role and since set.
// Parameters: $rows (LIST<MAP>) {personId (STRING), gangId (STRING), role (STRING, a GangRole), since (DATE or null),
//             record (STRING, the source record id, written as importRecord)}.
//             $prov (MAP: importSource, importJob, importedAt) the batch's provenance, the same for every entry.
// Example: cypher-shell --param "rows => [{personId: 'P000001', gangId: 'G-IMPORT-1', role: 'COURIER', since: date('2025-06-01'), record: 'x.csv:2'}]" --param "prov => {importSource: 'manual', importJob: 'IJ-TEST', importedAt: datetime()}" -f cypher/ingest/memberships.cypher
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MERGE (g:Gang {id: row.gangId})
  ON CREATE SET g:Entity, g.uid = 'Gang/' + row.gangId, g += $prov, g.importRecord = row.record
MERGE (p)-[m:MEMBER_OF]->(g)
  ON CREATE SET m += $prov, m.importRecord = row.record
SET m.role = row.role, m.since = coalesce(row.since, m.since)
