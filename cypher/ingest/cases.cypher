// Purpose: import — cases, merged by number, fields set when given; a row naming a person (resolved and written by
//          persons-merge in the same transaction) adds Case-[:INVOLVES {role}]->Person.
// Parameters: $rows (LIST<MAP>) {caseNumber (STRING), title, status, agency (STRING or null), openedAt (INTEGER epoch ms
//             or null), personId (STRING or null), personRole (STRING, default SUSPECT), record (STRING, the
//             source record id, written as importRecord)}.
//             $prov (MAP: importSource, importJob, importedAt) the batch's provenance, the same for every entry.
// Example: cypher-shell --param "rows => [{caseNumber: 'A5301002026IMP1', title: '昆明包裹贩毒案', status: 'OPEN', agency: '昆明市公安局', openedAt: 1775001600000, personId: null, personRole: null, record: 'x.csv:2'}]" --param "prov => {importSource: 'manual', importJob: 'IJ-TEST', importedAt: datetime()}" -f cypher/ingest/cases.cypher
UNWIND $rows AS row
MERGE (c:Case {number: row.caseNumber})
  ON CREATE SET c:Entity, c.uid = 'Case/' + row.caseNumber, c += $prov, c.importRecord = row.record
SET c.title = coalesce(row.title, c.title), c.status = coalesce(row.status, c.status),
    c.agency = coalesce(row.agency, c.agency),
    c.openedAt = CASE WHEN row.openedAt IS NULL THEN c.openedAt ELSE datetime({epochMillis: row.openedAt}) END
WITH c, row
WHERE row.personId IS NOT NULL
MATCH (p:Person {id: row.personId})
MERGE (c)-[i:INVOLVES]->(p)
  ON CREATE SET i += $prov, i.importRecord = row.record
SET i.role = coalesce(row.personRole, i.role, 'SUSPECT')
