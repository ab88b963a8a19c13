// Purpose: import — money transfers: accounts merged by number, one TRANSFERRED relationship per payer, payee, time
//          and amount (a re-imported transfer is the same relationship), with its currency.
// Parameters: $rows (LIST<MAP>) {fromAccount (STRING), toAccount (STRING), at (INTEGER epoch ms), amount (FLOAT),
//             currency (STRING, default CNY), record (STRING, the source record id, written as importRecord)}.
//             $prov (MAP: importSource, importJob, importedAt) the batch's provenance, the same for every entry.
// Example: cypher-shell --param "rows => [{fromAccount: '6222000000000001', toAccount: '6222000000000002', at: 1775001600000, amount: 5000.0, currency: 'CNY', record: 'x.csv:2'}]" --param "prov => {importSource: 'manual', importJob: 'IJ-TEST', importedAt: datetime()}" -f cypher/ingest/transfers.cypher
UNWIND $rows AS row
MERGE (a:Account {number: row.fromAccount})
  ON CREATE SET a:Entity, a.uid = 'Account/' + row.fromAccount, a += $prov, a.importRecord = row.record
MERGE (b:Account {number: row.toAccount})
  ON CREATE SET b:Entity, b.uid = 'Account/' + row.toAccount, b += $prov, b.importRecord = row.record
MERGE (a)-[t:TRANSFERRED {at: datetime({epochMillis: row.at}), amount: row.amount}]->(b)
  ON CREATE SET t.currency = coalesce(row.currency, 'CNY'), t += $prov, t.importRecord = row.record
