// Purpose: import — call records: phones merged by number, one CALLED relationship per caller, callee and start time
//          (a re-imported call is the same relationship), with its duration.
// Parameters: $rows (LIST<MAP>) {callerPhone (STRING), calleePhone (STRING), startedAt (INTEGER epoch ms), durationSec
//             (INTEGER), record (STRING, the source record id, written as importRecord)}.
//             $prov (MAP: importSource, importJob, importedAt) the batch's provenance, the same for every entry.
// Example: cypher-shell --param "rows => [{callerPhone: '13800000000', calleePhone: '13900000000', startedAt: 1775001600000, durationSec: 42, record: 'x.csv:2'}]" --param "prov => {importSource: 'manual', importJob: 'IJ-TEST', importedAt: datetime()}" -f cypher/ingest/calls.cypher
UNWIND $rows AS row
MERGE (a:Phone {number: row.callerPhone})
  ON CREATE SET a:Entity, a.uid = 'Phone/' + row.callerPhone, a += $prov, a.importRecord = row.record
MERGE (b:Phone {number: row.calleePhone})
  ON CREATE SET b:Entity, b.uid = 'Phone/' + row.calleePhone, b += $prov, b.importRecord = row.record
MERGE (a)-[c:CALLED {at: datetime({epochMillis: row.startedAt})}]->(b)
  ON CREATE SET c.durationSec = row.durationSec, c += $prov, c.importRecord = row.record
