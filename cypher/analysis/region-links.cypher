// Purpose: how strongly one region is linked to every other region at a given level: shipments out and in, calls
//          and money transfers between residents, and gangs with known members on both sides — ranked by strength
//          (shipments + calls + transfers + 10 per shared gang; suspect-linked shipments count 5 times).
// Parameters:
//   $code   STRING   the region (any level), required
//   $level  STRING   level of the regions to rank against: PROVINCE or PREFECTURE; null = PROVINCE
//   $since  STRING   ISO date-time: only shipments, calls and transfers at or after it; null = open
//   $until  STRING   ISO date-time: only those before it; null = open
//   $skip   INTEGER  rows to skip (paging); null = 0
//   $limit  INTEGER  rows to return; null = 20
// Returns one row per linked region, strongest first: region (NODE), shipmentsOut, shipmentsIn, suspectShipments,
//   calls, transfers, sharedGangs (INTEGER), strength (FLOAT), total (INTEGER: linked regions, for paging).
// The other end's region is read from the codes kept on shipments and addresses (see schema/V009__region_codes)
// rather than walked up from each address; suspect shipments come from the suspects (a few hundred at demo scale 10)
// instead of a test on each shipment, and calls and transfers are grouped by the phone or account at the other end
// before its users' homes are read (Yunnan against every province: scale 10 1.8 s -> 1.3 s, 3.0 -> 1.6 million
// database hits; scale 100, warm, 30-35 s -> 23 s).
// Example: cypher-shell --param "code => '533100'" --param "level => 'PROVINCE'" --param "since => null"
//          --param "until => null" --param "skip => 0" --param "limit => 10" -f cypher/analysis/region-links.cypher
MATCH (home:Region {code: $code})
WITH home, coalesce($level, 'PROVINCE') AS level,
     CASE WHEN $since IS NULL THEN datetime('0001-01-01T00:00Z') ELSE datetime($since) END AS fromTime,
     CASE WHEN $until IS NULL THEN datetime('9999-12-31T00:00Z') ELSE datetime($until) END AS toTime
// Residents and addresses of the home region, once.
CALL (home) {
  MATCH (home)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(a:Address)
  RETURN collect(a) AS homeAddresses
}
CALL (homeAddresses) {
  UNWIND homeAddresses AS a
  MATCH (a)<-[:LIVES_AT]-(p:Person)
  RETURN collect(DISTINCT p) AS residents
}
// The shipments in the window with a suspect as sender or receiver, from the suspects (few) rather than testing each
// shipment: persons with a status other than UNKNOWN, and known gang members.
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
CALL (suspects, fromTime, toTime) {
  UNWIND suspects AS p
  MATCH (p)-[:SENT|ADDRESSED_TO]-(s:Shipment)
  WHERE s.sentAt >= fromTime AND s.sentAt < toTime
  RETURN collect(DISTINCT s) AS shipmentsOfSuspects
}
CALL (homeAddresses, residents, level, fromTime, toTime) {
  UNWIND homeAddresses AS a
  MATCH (a)<-[:FROM_ADDRESS]-(s:Shipment)
  WHERE s.sentAt >= fromTime AND s.sentAt < toTime
  RETURN CASE level WHEN 'PREFECTURE' THEN s.destinationPrefecture ELSE s.destinationProvince END AS other,
         'OUT' AS kind, s AS item
  UNION ALL
  UNWIND homeAddresses AS a
  MATCH (a)<-[:TO_ADDRESS]-(s:Shipment)
  WHERE s.sentAt >= fromTime AND s.sentAt < toTime
  RETURN CASE level WHEN 'PREFECTURE' THEN s.originPrefecture ELSE s.originProvince END AS other,
         'IN' AS kind, s AS item
  UNION ALL
  // Calls of the residents' phones, grouped by the phone at the other end, whose users' homes are then read once.
  UNWIND residents AS p
  MATCH (p)-[:USES]->(phone:Phone)
  WITH DISTINCT phone, level, fromTime, toTime
  MATCH (phone)-[c:CALLED]-(otherPhone:Phone)
  WHERE c.at >= fromTime AND c.at < toTime
  WITH otherPhone, level, collect(c) AS calls
  CALL (otherPhone, level) {
    MATCH (otherPhone)<-[:USES]-(:Person)-[:LIVES_AT]->(b:Address)
    RETURN DISTINCT CASE level WHEN 'PREFECTURE' THEN b.prefectureCode ELSE b.provinceCode END AS other
  }
  UNWIND calls AS c
  RETURN other, 'CALL' AS kind, c AS item
  UNION ALL
  // Money transfers of the residents' accounts, the same way.
  UNWIND residents AS p
  MATCH (p)-[:HOLDS]->(account:Account)
  WITH DISTINCT account, level, fromTime, toTime
  MATCH (account)-[t:TRANSFERRED]-(otherAccount:Account)
  WHERE t.at >= fromTime AND t.at < toTime
  WITH otherAccount, level, collect(t) AS transfers
  CALL (otherAccount, level) {
    MATCH (otherAccount)<-[:HOLDS]-(:Person)-[:LIVES_AT]->(b:Address)
    RETURN DISTINCT CASE level WHEN 'PREFECTURE' THEN b.prefectureCode ELSE b.provinceCode END AS other
  }
  UNWIND transfers AS t
  RETURN other, 'TRANSFER' AS kind, t AS item
  UNION ALL
  // from the gangs (few) rather than from every resident
  MATCH (g:Gang)
  WITH g, homeAddresses, level
  MATCH (a:Address)<-[:LIVES_AT]-(:Person)-[:MEMBER_OF]->(g)<-[:MEMBER_OF]-(:Person)-[:LIVES_AT]->(b:Address)
  WHERE a IN homeAddresses
  RETURN CASE level WHEN 'PREFECTURE' THEN b.prefectureCode ELSE b.provinceCode END AS other,
         'GANG' AS kind, g AS item
}
// other: the code of the region at the asked level (null where the address lies above that level)
WITH home, shipmentsOfSuspects, other, kind, item
WHERE other IS NOT NULL
// Counted per linked region: a shipment within a region that lies inside the home region is both out of and into the
// home region, but one suspect shipment.
WITH home, other,
     count(DISTINCT CASE kind WHEN 'OUT' THEN item END) AS shipmentsOut,
     count(DISTINCT CASE kind WHEN 'IN' THEN item END) AS shipmentsIn,
     count(DISTINCT CASE WHEN kind IN ['OUT', 'IN'] AND item IN shipmentsOfSuspects THEN item END) AS suspectShipments,
     count(DISTINCT CASE kind WHEN 'CALL' THEN item END) AS calls,
     count(DISTINCT CASE kind WHEN 'TRANSFER' THEN item END) AS transfers,
     count(DISTINCT CASE kind WHEN 'GANG' THEN item END) AS sharedGangs
// The home region itself and its own ancestors are not "other" regions.
WHERE NOT EXISTS { (home)-[:PART_OF*0..3]->(:Region {code: other}) }
WITH other, shipmentsOut, shipmentsIn, suspectShipments, calls, transfers, sharedGangs,
     toFloat(shipmentsOut + shipmentsIn + 4 * suspectShipments + calls + transfers + 10 * sharedGangs) AS strength
WITH collect({region: other, shipmentsOut: shipmentsOut, shipmentsIn: shipmentsIn, suspectShipments: suspectShipments,
              calls: calls, transfers: transfers, sharedGangs: sharedGangs, strength: strength}) AS rows
UNWIND rows AS row
WITH row, size(rows) AS total
ORDER BY row.strength DESC, row.region
SKIP coalesce($skip, 0) LIMIT coalesce($limit, 20)
MATCH (region:Region {code: row.region})
RETURN region, row.shipmentsOut AS shipmentsOut, row.shipmentsIn AS shipmentsIn,
       row.suspectShipments AS suspectShipments, row.calls AS calls, row.transfers AS transfers,
       row.sharedGangs AS sharedGangs, row.strength AS strength, total
ORDER BY strength DESC, region.code
