// Purpose: the origin–destination matrix of shipments between regions at province or prefecture level over a time
//          window — counts and total weight — optionally only shipments whose sender or receiver is a suspect,
//          fugitive, arrested or a known gang member. Shipments within one region are included (origin = destination).
// Parameters:
//   $level         STRING   PROVINCE or PREFECTURE; null = PROVINCE
//   $since         STRING   ISO date-time: only shipments sent at or after it; null = open
//   $until         STRING   ISO date-time: only shipments sent before it; null = open
//   $suspectsOnly  BOOLEAN  null = false
//   $minShipments  INTEGER  leave out pairs with fewer shipments; null = 1
// Returns one row per (origin, destination) pair, largest first: origin (NODE), destination (NODE),
//   shipments (INTEGER), weightKg (FLOAT).
// Example: cypher-shell --param "level => 'PROVINCE'" --param "since => '2026-04-01T00:00Z'" --param "until => null"
//          --param "suspectsOnly => true" --param "minShipments => 1" -f cypher/analysis/region-flows.cypher
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
RETURN origin, destination, shipments, round(weightKg, 2) AS weightKg
ORDER BY shipments DESC, origin.code, destination.code
