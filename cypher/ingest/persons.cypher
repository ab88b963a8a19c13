// Purpose: import — what a persons row says beyond the resolved identity (written by persons-merge in the same
//          transaction): aliases (added to the list), status, gender, birth year, occupation when given, home address
//          (LIVES_AT), an account (HOLDS) and a vehicle (DRIVES).
// Parameters: $rows (LIST<MAP>) {personId (STRING), aliases (LIST<STRING>), status, gender (STRING or null), birthYear
//             (INTEGER or null), occupation (or null), address (normalised text or null), account (or null),
//             vehiclePlate (or null), record (STRING, the source record id, written as importRecord)}.
//             $prov (MAP: importSource, importJob, importedAt) the batch's provenance, the same for every entry.
// Example: cypher-shell --param "rows => [{personId: 'P000001', aliases: ['阿伟'], status: 'SUSPECT', gender: 'M', birthYear: 1985, occupation: null, address: null, account: null, vehiclePlate: null, record: 'x.csv:2'}]" --param "prov => {importSource: 'manual', importJob: 'IJ-TEST', importedAt: datetime()}" -f cypher/ingest/persons.cypher
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
SET p.aliases = reduce(all = coalesce(p.aliases, []), alias IN row.aliases |
                  CASE WHEN alias IN all OR alias = p.name THEN all ELSE all + alias END),
    p.status = coalesce(row.status, p.status), p.gender = coalesce(row.gender, p.gender),
    p.birthYear = coalesce(row.birthYear, p.birthYear), p.occupation = coalesce(row.occupation, p.occupation)
FOREACH (text IN CASE WHEN row.address IS NULL THEN [] ELSE [row.address] END |
  MERGE (home:Address {text: text})
  MERGE (p)-[lives:LIVES_AT]->(home) ON CREATE SET lives += $prov, lives.importRecord = row.record)
FOREACH (number IN CASE WHEN row.account IS NULL THEN [] ELSE [row.account] END |
  MERGE (account:Account {number: number}) ON CREATE SET account:Entity, account.uid = 'Account/' + number,
                                                           account += $prov, account.importRecord = row.record
  MERGE (p)-[holds:HOLDS]->(account) ON CREATE SET holds += $prov, holds.importRecord = row.record)
FOREACH (plate IN CASE WHEN row.vehiclePlate IS NULL THEN [] ELSE [row.vehiclePlate] END |
  MERGE (vehicle:Vehicle {plate: plate}) ON CREATE SET vehicle:Entity, vehicle.uid = 'Vehicle/' + plate,
                                                       vehicle += $prov, vehicle.importRecord = row.record
  MERGE (p)-[drives:DRIVES]->(vehicle) ON CREATE SET drives += $prov, drives.importRecord = row.record)
