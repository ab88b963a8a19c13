// Purpose: demo loader — money transfers as TRANSFERRED relationships between accounts.
// Parameters: $rows (LIST<MAP>) {from, to (account numbers), at (epoch ms), amount, currency}.
// Example: :param rows => [{from:'6222000000000000000', to:'6222000000000000001', at:1775001600000, amount:500.0, currency:'CNY'}]
UNWIND $rows AS row
MATCH (a:Account {number: row.from}), (b:Account {number: row.to})
CREATE (a)-[:TRANSFERRED {at: datetime({epochMillis: row.at}), amount: row.amount, currency: row.currency}]->(b)
