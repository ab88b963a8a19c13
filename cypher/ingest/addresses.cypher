// Purpose: import — merge addresses by their normalised text (one node per address whatever the source), each
//          LOCATED_IN its region when it has no region yet (the first source to name one wins; later ones never add a
//          second), with the codes of the province and prefecture it lies in (provinceCode, prefectureCode). New nodes
//          and relationships record their provenance (see README "Importing data").
// Parameters: $addresses (LIST<MAP>) {id (STRING, 'AD-' + digest of the text, for new addresses), text (STRING,
//             normalised), regionCode (STRING, a catalogue code), record (STRING, the
//             source record id, written as importRecord)}.
//             $prov (MAP: importSource, importJob, importedAt) the batch's provenance, the same for every entry.
// Example: cypher-shell --param "addresses => [{id: 'AD-0123456789abcdef', text: '云南省昆明市五华区人民路1号', regionCode: '530102', record: 'x.csv:2'}]" --param "prov => {importSource: 'manual', importJob: 'IJ-TEST', importedAt: datetime()}" -f cypher/ingest/addresses.cypher
UNWIND $addresses AS row
MATCH (region:Region {code: row.regionCode})
MERGE (a:Address {text: row.text})
  ON CREATE SET a:Entity, a.id = row.id, a.uid = 'Address/' + row.id, a += $prov, a.importRecord = row.record
WITH a, region, row
WHERE NOT (a)-[:LOCATED_IN]->(:Region)
CREATE (a)-[located:LOCATED_IN]->(region)
SET located += $prov, located.importRecord = row.record,
    // the province and prefecture it lies in, read by the region analyses (see schema/V009__region_codes)
    a.provinceCode = COLLECT { MATCH (region)-[:PART_OF*0..3]->(p:Region {level: 'PROVINCE'}) RETURN p.code }[0],
    a.prefectureCode = COLLECT { MATCH (region)-[:PART_OF*0..3]->(p:Region {level: 'PREFECTURE'}) RETURN p.code }[0]
