// Purpose: import — candidate links between persons the resolution rule found possibly (not surely) the same: one
//          POSSIBLY_SAME_AS per pair (from the smaller id to the larger), with score and reason; never a merge.
// Parameters: $pairs (LIST<MAP>) {from (STRING, person id), to (STRING, person id), score (FLOAT, 0 to 1), reason
//             (STRING), record (STRING, the source record id, written as importRecord)}.
//             $prov (MAP: importSource, importJob, importedAt) the batch's provenance, the same for every entry.
// Example: cypher-shell --param "pairs => [{from: 'NP-0123456789abcdef', to: 'P000001', score: 0.5, reason: 'shares phone 13800000000, different name', record: 'x.csv:2'}]" --param "prov => {importSource: 'manual', importJob: 'IJ-TEST', importedAt: datetime()}" -f cypher/ingest/possibly-same-as.cypher
UNWIND $pairs AS pair
MATCH (a:Person {id: pair.from}), (b:Person {id: pair.to})
MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
  ON CREATE SET r.score = pair.score, r.reason = pair.reason, r += $prov, r.importRecord = pair.record
