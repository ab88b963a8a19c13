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
// Reads the region codes kept on each shipment (originProvince ... destinationPrefecture, see
// schema/V009__region_codes); with suspectsOnly it starts from the suspects, a small part of all persons, rather than
// testing every shipment in the window for a suspect party (at 2 million shipments: 40 s -> 4 s; all shipments: 45 s
// -> 10 s).
// Example: cypher-shell --param "level => 'PROVINCE'" --param "since => '2026-04-01T00:00Z'" --param "until => null"
//          --param "suspectsOnly => true" --param "minShipments => 1" --param "skip => 0" --param "limit => 100"
//          -f cypher/analysis/region-flows.cypher
WITH coalesce($level, 'PROVINCE') AS level,
     CASE WHEN $since IS NULL THEN datetime('0001-01-01T00:00Z') ELSE datetime($since) END AS fromTime,
     CASE WHEN $until IS NULL THEN datetime('9999-12-31T00:00Z') ELSE datetime($until) END AS toTime
// The suspects: persons under suspicion (status index) and known gang members, a small part of all persons. Collected in
// a subquery of their own, so that the planner cannot start from the shipments instead.
CALL () {
  CALL () {
    MATCH (p:Person) WHERE p.status IN ['SUSPECT', 'FUGITIVE', 'ARRESTED']
    RETURN p
    UNION
    MATCH (:Gang)<-[:MEMBER_OF]-(p:Person)
    RETURN p
  }
  RETURN collect(p) AS suspects
}
// One of the two branches runs: an empty UNWIND ends the other before it reads anything.
CALL (suspects, fromTime, toTime) {
  UNWIND CASE WHEN coalesce($suspectsOnly, false) THEN [] ELSE [true] END AS allShipments
  MATCH (s:Shipment)
  WHERE s.sentAt >= fromTime AND s.sentAt < toTime
  RETURN s
  UNION ALL
  UNWIND CASE WHEN coalesce($suspectsOnly, false) THEN suspects ELSE [] END AS p
  MATCH (p)-[:SENT|ADDRESSED_TO]-(s:Shipment)
  WHERE s.sentAt >= fromTime AND s.sentAt < toTime
  RETURN DISTINCT s
}
WITH s, CASE level WHEN 'PREFECTURE' THEN s.originPrefecture ELSE s.originProvince END AS originCode,
     CASE level WHEN 'PREFECTURE' THEN s.destinationPrefecture ELSE s.destinationProvince END AS destinationCode
WHERE originCode IS NOT NULL AND destinationCode IS NOT NULL
WITH originCode, destinationCode, count(s) AS shipments, sum(coalesce(s.weightKg, 0.0)) AS weightKg
WHERE shipments >= coalesce($minShipments, 1)
ORDER BY shipments DESC, originCode, destinationCode
WITH collect({origin: originCode, destination: destinationCode, shipments: shipments, weightKg: round(weightKg, 2)})
     AS rows
UNWIND rows AS row
WITH row, size(rows) AS total
SKIP coalesce($skip, 0)
LIMIT coalesce($limit, 1000)
MATCH (origin:Region {code: row.origin}), (destination:Region {code: row.destination})
RETURN origin, destination, row.shipments AS shipments, row.weightKg AS weightKg, total
ORDER BY shipments DESC, origin.code, destination.code
