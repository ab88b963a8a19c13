// Purpose: the money side of a whole-chain trace: people outside the chain's hand-overs who exchanged money with at
//          least two of its people (financiers, paymasters), with the transfers.
// Parameters:
//   $uids       LIST<STRING>  person ids of the chain, required
//   $minLinks   INTEGER       chain people a payer or payee must be linked to; null = 2
//   $limit      INTEGER       most people returned, most linked first; null = 10
// Returns one row per person: person (NODE), links (INTEGER: chain people linked by money), amount (FLOAT: total
//   moved), nodes (LIST<NODE>: the accounts), relationships (LIST<RELATIONSHIP>: HOLDS and TRANSFERRED).
// Example: cypher-shell --param "uids => ['Person/P005014', 'Person/P005005']" --param "minLinks => 2"
//          --param "limit => 10" -f cypher/takedown/trace-finance.cypher
UNWIND $uids AS uid
MATCH (c:Entity:Person {uid: uid})-[h1:HOLDS]->(a1:Account)-[t:TRANSFERRED]-(a2:Account)<-[h2:HOLDS]-(f:Person)
WHERE NOT f.uid IN $uids
WITH f, count(DISTINCT c) AS links, sum(t.amount) AS amount,
     collect(DISTINCT a1) + collect(DISTINCT a2) AS accounts,
     collect(DISTINCT h1) + collect(DISTINCT h2) + collect(DISTINCT t) AS relationships
WHERE links >= coalesce($minLinks, 2)
RETURN f AS person, links, round(amount, 2) AS amount, accounts AS nodes, relationships
ORDER BY links DESC, amount DESC
LIMIT coalesce($limit, 10)
