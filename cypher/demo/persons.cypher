// Purpose: demo loader — create persons with where they live (LIVES_AT), their phones (USES), accounts (HOLDS)
//          and vehicles (DRIVES).
// Parameters: $rows (LIST<MAP>) {id, name, aliases, status, idNumber, gender, birthYear, occupation, addressId,
//             phones: LIST<STRING>, accounts: LIST<STRING>, vehicles: LIST<STRING>}.
// Example: :param rows => [{id:'P000001', name:'王伟', aliases:[], status:'UNKNOWN', idNumber:null, gender:'M',
//          birthYear:1980, occupation:'职员', addressId:'A000001', phones:['13800000000'], accounts:[], vehicles:[]}]
UNWIND $rows AS row
MATCH (home:Address {id: row.addressId})
CREATE (p:Person:Entity {uid: 'Person/' + row.id, id: row.id, name: row.name, aliases: row.aliases, status: row.status, idNumber: row.idNumber,
                  gender: row.gender, birthYear: row.birthYear, occupation: row.occupation})
CREATE (p)-[:LIVES_AT]->(home)
WITH p, row
CALL (p, row) {
  UNWIND row.phones AS number
  MATCH (phone:Phone {number: number})
  CREATE (p)-[:USES]->(phone)
}
CALL (p, row) {
  UNWIND row.accounts AS number
  MATCH (account:Account {number: number})
  CREATE (p)-[:HOLDS]->(account)
}
CALL (p, row) {
  UNWIND row.vehicles AS plate
  MATCH (vehicle:Vehicle {plate: plate})
  CREATE (p)-[:DRIVES]->(vehicle)
}
