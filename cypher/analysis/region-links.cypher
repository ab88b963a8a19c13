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
// rather than walked up from each address. Each branch below counts per linked region itself, so only a few rows per
// region reach the final sums; suspect shipments come from the suspects (a few thousand at scale 100) instead of a
// test on each shipment; calls and transfers are grouped by the phone or account at the other end before its users'
// homes are read; relationship types that imply a label are not label-checked again; without a window no time is
// read. Yunnan against every province, whole history: scale 10 about 1.0 s -> 0.6 s; scale 100 (2 million shipments),
// warm, 13.5 s -> 9.5 s, of which half is reading the homes of the 272,000 phones called (first call after a restart
// with the OS file cache dropped: 32 s either way, disk-bound).
// Example: cypher-shell --param "code => '533100'" --param "level => 'PROVINCE'" --param "since => null"
//          --param "until => null" --param "skip => 0" --param "limit => 10" -f cypher/analysis/region-links.cypher
MATCH (home:Region {code: $code})
WITH home, coalesce($level, 'PROVINCE') AS level,
     CASE WHEN $since IS NULL THEN datetime('0001-01-01T00:00Z') ELSE datetime($since) END AS fromTime,
     CASE WHEN $until IS NULL THEN datetime('9999-12-31T00:00Z') ELSE datetime($until) END AS toTime,
     $since IS NULL AND $until IS NULL AS anyTime
// Residents and addresses of the home region, once.
CALL (home) {
  MATCH (home)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(a:Address)
  RETURN collect(a) AS homeAddresses
}
CALL (homeAddresses) {
  UNWIND homeAddresses AS a
  MATCH (a)<-[:LIVES_AT]-(p)
  RETURN collect(DISTINCT p) AS residents
}
// The suspects: persons with a status other than UNKNOWN, and known gang members.
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
// One row per linked region and kind of link, counted in its branch.
CALL (home, homeAddresses, residents, suspects, level, fromTime, toTime, anyTime) {
  // Shipments out (a shipment has one sender address, so each is met once) and in.
  UNWIND homeAddresses AS a
  MATCH (a)<-[:FROM_ADDRESS]-(s)
  WHERE anyTime OR (s.sentAt >= fromTime AND s.sentAt < toTime)
  WITH CASE level WHEN 'PREFECTURE' THEN s.destinationPrefecture ELSE s.destinationProvince END AS other, count(*) AS n
  RETURN other, 'OUT' AS kind, n
  UNION ALL
  UNWIND homeAddresses AS a
  MATCH (a)<-[:TO_ADDRESS]-(s)
  WHERE anyTime OR (s.sentAt >= fromTime AND s.sentAt < toTime)
  WITH CASE level WHEN 'PREFECTURE' THEN s.originPrefecture ELSE s.originProvince END AS other, count(*) AS n
  RETURN other, 'IN' AS kind, n
  UNION ALL
  // Suspect shipments from the suspects (few): the other end of each whose sender or receiver address is at home.
  UNWIND suspects AS p
  MATCH (p)-[:SENT|ADDRESSED_TO]-(s:Shipment)
  WHERE anyTime OR (s.sentAt >= fromTime AND s.sentAt < toTime)
  WITH DISTINCT s, home, level
  CALL (s, home, level) {
    MATCH (s)-[:FROM_ADDRESS]->(:Address)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(home)
    RETURN CASE level WHEN 'PREFECTURE' THEN s.destinationPrefecture ELSE s.destinationProvince END AS other
    UNION
    MATCH (s)-[:TO_ADDRESS]->(:Address)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(home)
    RETURN CASE level WHEN 'PREFECTURE' THEN s.originPrefecture ELSE s.originProvince END AS other
  }
  WITH other, count(*) AS n
  RETURN other, 'SUSPECT' AS kind, n
  UNION ALL
  // Calls of the residents' phones, grouped by the phone at the other end, whose users' homes are then read once; a
  // call between two residents is met from both ends, hence DISTINCT.
  UNWIND residents AS p
  MATCH (p)-[:USES]->(phone)
  WITH DISTINCT phone, level, fromTime, toTime, anyTime
  MATCH (phone)-[c:CALLED]-(otherPhone)
  WHERE anyTime OR (c.at >= fromTime AND c.at < toTime)
  WITH otherPhone, level, collect(c) AS calls
  CALL (otherPhone, level) {
    MATCH (otherPhone)<-[:USES]-()-[:LIVES_AT]->(b)
    RETURN DISTINCT CASE level WHEN 'PREFECTURE' THEN b.prefectureCode ELSE b.provinceCode END AS other
  }
  UNWIND calls AS c
  WITH other, count(DISTINCT c) AS n
  RETURN other, 'CALL' AS kind, n
  UNION ALL
  // Money transfers of the residents' accounts, the same way.
  UNWIND residents AS p
  MATCH (p)-[:HOLDS]->(account)
  WITH DISTINCT account, level, fromTime, toTime, anyTime
  MATCH (account)-[t:TRANSFERRED]-(otherAccount)
  WHERE anyTime OR (t.at >= fromTime AND t.at < toTime)
  WITH otherAccount, level, collect(t) AS transfers
  CALL (otherAccount, level) {
    MATCH (otherAccount)<-[:HOLDS]-()-[:LIVES_AT]->(b)
    RETURN DISTINCT CASE level WHEN 'PREFECTURE' THEN b.prefectureCode ELSE b.provinceCode END AS other
  }
  UNWIND transfers AS t
  WITH other, count(DISTINCT t) AS n
  RETURN other, 'TRANSFER' AS kind, n
  UNION ALL
  // from the gangs (few) rather than from every resident
  MATCH (g:Gang)
  WITH g, homeAddresses, level
  MATCH (a:Address)<-[:LIVES_AT]-(:Person)-[:MEMBER_OF]->(g)<-[:MEMBER_OF]-(:Person)-[:LIVES_AT]->(b:Address)
  WHERE a IN homeAddresses
  WITH CASE level WHEN 'PREFECTURE' THEN b.prefectureCode ELSE b.provinceCode END AS other, count(DISTINCT g) AS n
  RETURN other, 'GANG' AS kind, n
}
// other: the code of the region at the asked level (null where the address lies above that level)
WITH home, other, kind, n
WHERE other IS NOT NULL
// A shipment within a region that lies inside the home region is both out of and into the home region, but one
// suspect shipment (UNION in its branch).
WITH home, other,
     sum(CASE kind WHEN 'OUT' THEN n ELSE 0 END) AS shipmentsOut,
     sum(CASE kind WHEN 'IN' THEN n ELSE 0 END) AS shipmentsIn,
     sum(CASE kind WHEN 'SUSPECT' THEN n ELSE 0 END) AS suspectShipments,
     sum(CASE kind WHEN 'CALL' THEN n ELSE 0 END) AS calls,
     sum(CASE kind WHEN 'TRANSFER' THEN n ELSE 0 END) AS transfers,
     sum(CASE kind WHEN 'GANG' THEN n ELSE 0 END) AS sharedGangs
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
