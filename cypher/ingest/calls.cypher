// Purpose: import — call records: phones merged by number, one CALLED relationship per caller, callee and start time
//          (a re-imported call is the same relationship), with its duration.
// Parameters: $rows (LIST<MAP>) {callerPhone (STRING), calleePhone (STRING), startedAt (INTEGER epoch ms), durationSec
//             (INTEGER), prov (MAP: importSource, importRecord, importJob, importedAt)}.
// Example: cypher-shell --param "rows => [{callerPhone: '13800000000', calleePhone: '13900000000', startedAt: 1775001600000, durationSec: 42, prov: {importSource: 'manual', importRecord: 'x.csv:2', importJob: 'IJ-TEST', importedAt: datetime()}}]" -f cypher/ingest/calls.cypher
UNWIND $rows AS row
MERGE (a:Phone {number: row.callerPhone})
  ON CREATE SET a:Entity, a.uid = 'Phone/' + row.callerPhone, a += row.prov
MERGE (b:Phone {number: row.calleePhone})
  ON CREATE SET b:Entity, b.uid = 'Phone/' + row.calleePhone, b += row.prov
MERGE (a)-[c:CALLED {at: datetime({epochMillis: row.startedAt})}]->(b)
  ON CREATE SET c.durationSec = row.durationSec, c += row.prov
