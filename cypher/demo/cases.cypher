// Purpose: demo loader — criminal cases and the persons they INVOLVE (role ARRESTED or SUSPECT).
// Parameters: $rows (LIST<MAP>) {number, title, status, agency, openedAt (epoch ms), persons: LIST<{personId, role}>}.
// Example: :param rows => [{number:'A530120260001', title:'seizure', status:'OPEN', agency:'昆明市公安局禁毒支队',
//          openedAt:1775001600000, persons:[{personId:'P005001', role:'ARRESTED'}]}]
UNWIND $rows AS row
CREATE (c:Case:Entity {uid: 'Case/' + row.number, number: row.number, title: row.title, status: row.status, agency: row.agency,
                openedAt: datetime({epochMillis: row.openedAt})})
WITH c, row
UNWIND row.persons AS involved
MATCH (p:Person {id: involved.personId})
CREATE (c)-[:INVOLVES {role: involved.role}]->(p)
