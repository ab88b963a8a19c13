// Purpose: demo loader — labs and stash houses at an address, with the people who OPERATE them.
// Parameters: $rows (LIST<MAP>) {id, kind, name, addressId, operatorIds: LIST<STRING>}.
// Example: :param rows => [{id:'SITE0001', kind:'LAB', name:'掸邦制毒点', addressId:'A000001', operatorIds:['P005001']}]
UNWIND $rows AS row
MATCH (a:Address {id: row.addressId})
CREATE (s:Site:Entity {uid: 'Site/' + row.id, id: row.id, kind: row.kind, name: row.name})-[:LOCATED_AT]->(a)
WITH s, row
UNWIND row.operatorIds AS personId
MATCH (p:Person {id: personId})
CREATE (p)-[:OPERATES]->(s)
