// Purpose: demo loader — phone calls as CALLED relationships between phones.
// Parameters: $rows (LIST<MAP>) {from, to (phone numbers), at (epoch ms), durationSec}.
// Example: :param rows => [{from:'13800000000', to:'13900000000', at:1775001600000, durationSec:60}]
UNWIND $rows AS row
MATCH (a:Phone {number: row.from}), (b:Phone {number: row.to})
CREATE (a)-[:CALLED {at: datetime({epochMillis: row.at}), durationSec: row.durationSec}]->(b)
