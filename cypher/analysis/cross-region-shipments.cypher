// Purpose: the shipments that connect two regions (any level of the GB/T 2260 hierarchy, or a foreign region), in
//          both directions, with the persons who sent and received them — paged, newest first.
// Parameters:
//   $regionA  STRING   region code ('533100' Dehong, '530000' Yunnan, 'MM-17' Shan State), required
//   $regionB  STRING   region code, required
//   $since    STRING   ISO date-time: only shipments sent at or after it; null = open
//   $until    STRING   ISO date-time: only shipments sent before it; null = open
//   $suspectsOnly BOOLEAN  only shipments whose sender or receiver is a suspect, fugitive, arrested or a known gang
//                      member; null = false
//   $skip     INTEGER  rows to skip (paging); null = 0
//   $limit    INTEGER  rows to return; null = 50
// Returns one row per shipment: shipment (NODE), direction ('A_TO_B' or 'B_TO_A'), sender (NODE), receiver (NODE),
//   origin (NODE address), destination (NODE address), total (INTEGER: all matching shipments, for paging).
// Example: cypher-shell --param "regionA => '533100'" --param "regionB => '440000'" --param "since => null"
//          --param "until => null" --param "suspectsOnly => false" --param "skip => 0" --param "limit => 20"
//          -f cypher/analysis/cross-region-shipments.cypher
MATCH (ra:Region {code: $regionA}), (rb:Region {code: $regionB})
// Each side's regions are collected first and the shipments leaving one side tested against the other's list: matched
// as one pattern down from both regions, the planner paired every region below A with every region below B (30 s and
// more for two provinces at demo scale 10, against about 1 s now). Senders and receivers are read for the page only.
WITH CASE WHEN $since IS NULL THEN datetime('0001-01-01T00:00Z') ELSE datetime($since) END AS fromTime,
     CASE WHEN $until IS NULL THEN datetime('9999-12-31T00:00Z') ELSE datetime($until) END AS toTime,
     COLLECT { MATCH (ra)<-[:PART_OF*0..3]-(r:Region) RETURN r } AS regionsA,
     COLLECT { MATCH (rb)<-[:PART_OF*0..3]-(r:Region) RETURN r } AS regionsB
CALL (regionsA, regionsB, fromTime, toTime) {
  UNWIND regionsA AS r
  MATCH (r)<-[:LOCATED_IN]-(origin:Address)<-[:FROM_ADDRESS]-(s:Shipment)
  WHERE s.sentAt >= fromTime AND s.sentAt < toTime
  MATCH (s)-[:TO_ADDRESS]->(destination:Address)-[:LOCATED_IN]->(to:Region)
  WHERE to IN regionsB
  RETURN s, 'A_TO_B' AS direction, origin, destination
  UNION
  UNWIND regionsB AS r
  MATCH (r)<-[:LOCATED_IN]-(origin:Address)<-[:FROM_ADDRESS]-(s:Shipment)
  WHERE s.sentAt >= fromTime AND s.sentAt < toTime
  MATCH (s)-[:TO_ADDRESS]->(destination:Address)-[:LOCATED_IN]->(to:Region)
  WHERE to IN regionsA
  RETURN s, 'B_TO_A' AS direction, origin, destination
}
WITH s, direction, origin, destination
WHERE NOT coalesce($suspectsOnly, false)
   // its sender (SENT, into the shipment) or its receiver (ADDRESSED_TO, out of it)
   OR EXISTS { (s)-[:SENT|ADDRESSED_TO]-(p:Person)
               WHERE p.status IN ['SUSPECT', 'FUGITIVE', 'ARRESTED'] OR EXISTS { (p)-[:MEMBER_OF]->() } }
WITH collect({shipment: s, direction: direction, origin: origin, destination: destination}) AS rows
UNWIND rows AS row
WITH row, size(rows) AS total
ORDER BY row.shipment.sentAt DESC, row.shipment.waybillNo
SKIP coalesce($skip, 0) LIMIT coalesce($limit, 50)
WITH row.shipment AS s, row.direction AS direction, row.origin AS origin, row.destination AS destination, total
OPTIONAL MATCH (sender:Person)-[:SENT]->(s)
OPTIONAL MATCH (s)-[:ADDRESSED_TO]->(receiver:Person)
RETURN s AS shipment, direction, sender, receiver, origin, destination, total
