// Purpose: the origin–destination matrix of shipments between regions at province or prefecture level over a time
//          window — counts and total weight — optionally only shipments whose sender or receiver is a suspect,
//          fugitive, arrested or a known gang member. Shipments within one region are included (origin = destination).
// Parameters:
//   $level         STRING   PROVINCE or PREFECTURE; null = PROVINCE
//   $since         STRING   ISO date-time: only shipments sent at or after it; null = open
//   $until         STRING   ISO date-time: only shipments sent before it; null = open
//   $suspectsOnly  BOOLEAN  null = false
//   $minShipments  INTEGER  leave out pairs with fewer shipments; null = 1
//   $skip          INTEGER  pairs to skip (paging); null = 0
//   $limit         INTEGER  pairs to return; null = 1000
// Returns one row per (origin, destination) pair, largest first: origin (NODE), destination (NODE),
//   shipments (INTEGER), weightKg (FLOAT), total (INTEGER: all pairs, for paging).
// Example: cypher-shell --param "level => 'PROVINCE'" --param "since => '2026-04-01T00:00Z'" --param "until => null"
//          --param "suspectsOnly => true" --param "minShipments => 1" --param "skip => 0" --param "limit => 100"
//          -f cypher/analysis/region-flows.cypher
WITH coalesce($level, 'PROVINCE') AS level,
     CASE WHEN $since IS NULL THEN datetime('0001-01-01T00:00Z') ELSE datetime($since) END AS fromTime,
     CASE WHEN $until IS NULL THEN datetime('9999-12-31T00:00Z') ELSE datetime($until) END AS toTime
MATCH (s:Shipment)
WHERE s.sentAt >= fromTime AND s.sentAt < toTime
  AND (NOT coalesce($suspectsOnly, false) OR EXISTS {
    (s)-[:SENT|ADDRESSED_TO]-(p:Person) WHERE p.status <> 'UNKNOWN' OR EXISTS { (p)-[:MEMBER_OF]->() } })
MATCH (s)-[:FROM_ADDRESS]->(:Address)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(origin:Region {level: level})
MATCH (s)-[:TO_ADDRESS]->(:Address)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(destination:Region {level: level})
WITH origin, destination, count(s) AS shipments, sum(coalesce(s.weightKg, 0.0)) AS weightKg
WHERE shipments >= coalesce($minShipments, 1)
ORDER BY shipments DESC, origin.code, destination.code
WITH collect({origin: origin, destination: destination, shipments: shipments, weightKg: round(weightKg, 2)}) AS rows
UNWIND rows AS row
WITH row, size(rows) AS total
SKIP coalesce($skip, 0)
LIMIT coalesce($limit, 1000)
RETURN row.origin AS origin, row.destination AS destination, row.shipments AS shipments, row.weightKg AS weightKg,
       total
