// Purpose: the persons who connect two regions (any level of the GB/T 2260 hierarchy, or a foreign region): whoever
//          sent or received a shipment between them (either way), and the residents of one who called, or sent money
//          to or received it from, persons living in the other — each with how many such shipments, calls and
//          transfers, most links first. Relays living elsewhere show in cross-region-chains instead.
// Parameters:
//   $regionA  STRING   region code ('533100' Dehong, '530000' Yunnan, 'MM-17' Shan State), required
//   $regionB  STRING   region code, required
//   $since    STRING   ISO date-time: only shipments, calls and transfers at or after it; null = open
//   $until    STRING   ISO date-time: only those before it; null = open
//   $skip     INTEGER  persons to skip (paging); null = 0
//   $limit    INTEGER  maximum persons returned; null = 50
// Returns one row per person, most links first (then by uid): person (NODE), livesIn (STRING: 'A', 'B', 'BOTH' when
//   they live in both — one region inside the other, or homes in each — null when in neither), shipments, calls,
//   transfers (INTEGER), links (INTEGER: the three added up).
// Shipments, calls and transfers are followed from the addresses and residents of the narrower region to the other
// end, tested against the wider one on the region codes kept on shipments and addresses (a province or prefecture)
// or up the region tree (a county or a country). Yunnan and Guangdong, whole history: 0.9 s at demo scale 10, 12-13 s
// warm at scale 100 (2 million shipments; the calls of 68,000 residents are most of it); Dehong and Guangdong: 0.1 s
// and 1.5 s.
// Example: cypher-shell --param "regionA => '533100'" --param "regionB => '440000'" --param "since => null"
//          --param "until => null" --param "skip => 0" --param "limit => 20"
//          -f cypher/analysis/cross-region-people.cypher
MATCH (ra:Region {code: $regionA}), (rb:Region {code: $regionB})
// Everything is followed from the narrower region (a county before its province, a foreign country before China).
WITH ra, rb,
     CASE WHEN $since IS NULL THEN datetime('0001-01-01T00:00Z') ELSE datetime($since) END AS fromTime,
     CASE WHEN $until IS NULL THEN datetime('9999-12-31T00:00Z') ELSE datetime($until) END AS toTime,
     [r IN [ra, rb] | CASE r.level WHEN 'COUNTY' THEN 1 WHEN 'PREFECTURE' THEN 2 WHEN 'PROVINCE' THEN 3
                                   ELSE CASE r.kind WHEN 'FOREIGN' THEN 4 ELSE 5 END END] AS ranks
WITH ra, rb, fromTime, toTime,
     CASE WHEN ranks[0] <= ranks[1] THEN ra ELSE rb END AS near,
     CASE WHEN ranks[0] <= ranks[1] THEN rb ELSE ra END AS far
CALL (near) {
  MATCH (near)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(a:Address)
  RETURN collect(a) AS nearAddresses
}
CALL (nearAddresses) {
  UNWIND nearAddresses AS a
  MATCH (a)<-[:LIVES_AT]-(p)
  RETURN collect(DISTINCT p) AS residents
}
CALL (far, nearAddresses, residents, fromTime, toTime) {
  // Shipments from the near region to the far one, and who sent or received them.
  UNWIND nearAddresses AS a
  MATCH (a)<-[:FROM_ADDRESS]-(s)
  WHERE s.sentAt >= fromTime AND s.sentAt < toTime
    AND CASE far.level
          WHEN 'PROVINCE' THEN s.destinationProvince = far.code
          WHEN 'PREFECTURE' THEN s.destinationPrefecture = far.code
          ELSE far.code IN COLLECT {
            MATCH (s)-[:TO_ADDRESS]->(:Address)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(up:Region) RETURN up.code }
        END
  MATCH (s)-[:SENT|ADDRESSED_TO]-(p:Person)
  RETURN p, 'SHIPMENT' AS kind, s AS link
  UNION ALL
  // ... and from the far region to the near one.
  UNWIND nearAddresses AS a
  MATCH (a)<-[:TO_ADDRESS]-(s)
  WHERE s.sentAt >= fromTime AND s.sentAt < toTime
    AND CASE far.level
          WHEN 'PROVINCE' THEN s.originProvince = far.code
          WHEN 'PREFECTURE' THEN s.originPrefecture = far.code
          ELSE far.code IN COLLECT {
            MATCH (s)-[:FROM_ADDRESS]->(:Address)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(up:Region) RETURN up.code }
        END
  MATCH (s)-[:SENT|ADDRESSED_TO]-(p:Person)
  RETURN p, 'SHIPMENT' AS kind, s AS link
  UNION ALL
  // Calls between a resident of the near region and a person living in the far one (both are listed).
  UNWIND residents AS p
  MATCH (p)-[:USES]->(:Phone)-[c:CALLED]-(:Phone)<-[:USES]-(q:Person)
  WHERE c.at >= fromTime AND c.at < toTime AND q <> p
    AND EXISTS { (q)-[:LIVES_AT]->(b:Address)
                 WHERE CASE far.level
                         WHEN 'PROVINCE' THEN b.provinceCode = far.code
                         WHEN 'PREFECTURE' THEN b.prefectureCode = far.code
                         ELSE EXISTS { (b)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(far) }
                       END }
  UNWIND [p, q] AS person
  RETURN person AS p, 'CALL' AS kind, c AS link
  UNION ALL
  // Money transfers the same way.
  UNWIND residents AS p
  MATCH (p)-[:HOLDS]->(:Account)-[t:TRANSFERRED]-(:Account)<-[:HOLDS]-(q:Person)
  WHERE t.at >= fromTime AND t.at < toTime AND q <> p
    AND EXISTS { (q)-[:LIVES_AT]->(b:Address)
                 WHERE CASE far.level
                         WHEN 'PROVINCE' THEN b.provinceCode = far.code
                         WHEN 'PREFECTURE' THEN b.prefectureCode = far.code
                         ELSE EXISTS { (b)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(far) }
                       END }
  UNWIND [p, q] AS person
  RETURN person AS p, 'TRANSFER' AS kind, t AS link
}
WITH ra, rb, p,
     count(DISTINCT CASE kind WHEN 'SHIPMENT' THEN link END) AS shipments,
     count(DISTINCT CASE kind WHEN 'CALL' THEN link END) AS calls,
     count(DISTINCT CASE kind WHEN 'TRANSFER' THEN link END) AS transfers
WITH ra, rb, p, shipments, calls, transfers, shipments + calls + transfers AS links
ORDER BY links DESC, p.uid
SKIP coalesce($skip, 0)
LIMIT coalesce($limit, 50)
WITH p, shipments, calls, transfers, links,
     EXISTS { (p)-[:LIVES_AT]->(:Address)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(ra) } AS inA,
     EXISTS { (p)-[:LIVES_AT]->(:Address)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(rb) } AS inB
RETURN p AS person,
       CASE WHEN inA AND inB THEN 'BOTH' WHEN inA THEN 'A' WHEN inB THEN 'B' END AS livesIn,
       shipments, calls, transfers, links
ORDER BY links DESC, person.uid
