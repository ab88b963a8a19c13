// Purpose: demo loader — create the gangs known to the police.
// Parameters: $rows (LIST<MAP>) {id, name, description}.
// Example: :param rows => [{id:'G001', name:'掸邦—广州贩毒团伙', description:'methamphetamine ring'}]
UNWIND $rows AS row
CREATE (:Gang:Entity {uid: 'Gang/' + row.id, id: row.id, name: row.name, description: row.description})
