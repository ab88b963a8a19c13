// Purpose: demo loader — known gang memberships with the member's role.
// Parameters: $rows (LIST<MAP>) {personId, gangId, role, since (epoch milliseconds)}.
// Example: :param rows => [{personId:'P005001', gangId:'G001', role:'LEADER', since:1735689600000}]
UNWIND $rows AS row
MATCH (p:Person {id: row.personId}), (g:Gang {id: row.gangId})
CREATE (p)-[:MEMBER_OF {role: row.role, since: date(datetime({epochMillis: row.since}))}]->(g)
