// Purpose: import — merge addresses by their normalised text (one node per address whatever the source), each
//          LOCATED_IN its region when it has no region yet (the first source to name one wins; later ones never add a
//          second). New nodes and relationships record their provenance (see README "Importing data").
// Parameters: $addresses (LIST<MAP>) {id (STRING, 'AD-' + digest of the text, for new addresses), text (STRING,
//             normalised), regionCode (STRING, a catalogue code), prov (MAP: importSource, importRecord, importJob,
//             importedAt)}.
// Example: cypher-shell --param "addresses => [{id: 'AD-0123456789abcdef', text: '云南省昆明市五华区人民路1号', regionCode: '530102', prov: {importSource: 'manual', importRecord: 'x.csv:2', importJob: 'IJ-TEST', importedAt: datetime()}}]" -f cypher/ingest/addresses.cypher
UNWIND $addresses AS row
MATCH (region:Region {code: row.regionCode})
MERGE (a:Address {text: row.text})
  ON CREATE SET a:Entity, a.id = row.id, a.uid = 'Address/' + row.id, a += row.prov
WITH a, region, row
WHERE NOT (a)-[:LOCATED_IN]->(:Region)
CREATE (a)-[located:LOCATED_IN]->(region)
SET located += row.prov
