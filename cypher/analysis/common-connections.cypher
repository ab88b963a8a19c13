// Purpose: what two or more entities have in common — addresses, phones, accounts, vehicles, sites, gangs they are
//          all directly linked to, and counterparties (persons) they all exchanged shipments, calls or money with.
// Parameters:
//   $ids    LIST<STRING>  entity ids, at least two ('Person/P000123', 'Phone/138...'), required
//   $skip   INTEGER       connections to skip (paging); null = 0
//   $limit  INTEGER       maximum connections returned; null = 100
// Returns one row per shared connection, most specific first (a phone or account before a gang), then by id:
//   node (NODE) the shared entity; links (LIST<MAP {id, via}>) how each input reaches it — via is the relationship
//   type for direct links, or SHIPMENT / CALL / TRANSFER for counterparties.
// Example: cypher-shell --param "ids => ['Person/P005001', 'Person/P005002']" --param "skip => 0"
//          --param "limit => 50" -f cypher/analysis/common-connections.cypher
WITH COLLECT { UNWIND $ids AS id RETURN DISTINCT id } AS ids
// (an id given twice counts once)
UNWIND ids AS id
MATCH (e:Entity {uid: id})
CALL (e) {
  MATCH (e)-[r]-(c:Entity)
  WHERE NOT type(r) IN ['LOCATED_IN', 'PART_OF'] AND NOT c:Shipment
  RETURN c, type(r) AS via
  UNION
  MATCH (e)-[:SENT|ADDRESSED_TO]-(:Shipment)-[:SENT|ADDRESSED_TO]-(c:Person)
  WHERE c <> e
  RETURN c, 'SHIPMENT' AS via
  UNION
  MATCH (e)-[:USES]->(:Phone)-[:CALLED]-(:Phone)<-[:USES]-(c:Person)
  WHERE c <> e
  RETURN c, 'CALL' AS via
  UNION
  MATCH (e)-[:HOLDS]->(:Account)-[:TRANSFERRED]-(:Account)<-[:HOLDS]-(c:Person)
  WHERE c <> e
  RETURN c, 'TRANSFER' AS via
}
WITH ids, c, collect(DISTINCT id) AS reachedFrom, collect(DISTINCT {id: id, via: via}) AS links
WHERE size(reachedFrom) = size(ids) AND NOT c.uid IN ids
WITH c, links,
     CASE WHEN c:Phone OR c:Account OR c:Vehicle THEN 0 WHEN c:Address OR c:Site THEN 1 WHEN c:Person THEN 2 ELSE 3 END
       AS specificity
RETURN c AS node, links
ORDER BY specificity, c.uid
SKIP coalesce($skip, 0)
LIMIT coalesce($limit, 100)
