// Purpose: the shipments that connect two regions (any level of the GB/T 2260 hierarchy, or a foreign region), in
//          both directions, with the persons who sent and received them — paged, newest first. A shipment within both
//          regions (when one lies inside the other) is listed once, as A_TO_B.
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
// Provinces and prefectures are matched on the region codes kept on each shipment (Guangdong and Sichuan at demo
// scale 10: 1.1-1.8 s -> 0.45-0.67 s); counties and countries walk their addresses.
// Example: cypher-shell --param "regionA => '533100'" --param "regionB => '440000'" --param "since => null"
//          --param "until => null" --param "suspectsOnly => false" --param "skip => 0" --param "limit => 20"
//          -f cypher/analysis/cross-region-shipments.cypher
MATCH (ra:Region {code: $regionA}), (rb:Region {code: $regionB})
WITH ra, rb,
     CASE WHEN $since IS NULL THEN datetime('0001-01-01T00:00Z') ELSE datetime($since) END AS fromTime,
     CASE WHEN $until IS NULL THEN datetime('9999-12-31T00:00Z') ELSE datetime($until) END AS toTime
// A province or prefecture is found through the codes kept on each shipment (see schema/V009__region_codes; indexed
// on the origin by V010): an index seek on the shipments leaving one side, a property test for the other. Other
// levels (a county, a country) walk their addresses, and the region tree up from the other side's addresses.
CALL (ra, rb, fromTime, toTime) {
  UNWIND [[ra, rb, 'A_TO_B'], [rb, ra, 'B_TO_A']] AS side
  WITH side[0] AS from, side[1] AS to, side[2] AS direction
  CALL (from, fromTime, toTime) {
    // (the hints: with an open window the planner would scan the sentAt index instead)
    UNWIND CASE WHEN from.level = 'PROVINCE' THEN [from.code] ELSE [] END AS code
    MATCH (s:Shipment) USING INDEX s:Shipment(originProvince)
    WHERE s.originProvince = code AND s.sentAt >= fromTime AND s.sentAt < toTime
    RETURN s
    UNION ALL
    UNWIND CASE WHEN from.level = 'PREFECTURE' THEN [from.code] ELSE [] END AS code
    MATCH (s:Shipment) USING INDEX s:Shipment(originPrefecture)
    WHERE s.originPrefecture = code AND s.sentAt >= fromTime AND s.sentAt < toTime
    RETURN s
    UNION ALL
    UNWIND CASE WHEN from.level IN ['PROVINCE', 'PREFECTURE'] THEN [] ELSE COLLECT {
      MATCH (from)<-[:PART_OF*0..3]-(r:Region) RETURN r } END AS r
    MATCH (r)<-[:LOCATED_IN]-(:Address)<-[:FROM_ADDRESS]-(s:Shipment)
    WHERE s.sentAt >= fromTime AND s.sentAt < toTime
    RETURN s
  }
  WITH s, direction, to
  WHERE CASE to.level
          WHEN 'PROVINCE' THEN s.destinationProvince = to.code
          WHEN 'PREFECTURE' THEN s.destinationPrefecture = to.code
          // up from the shipment (as an EXISTS the planner could start from a country and walk down it per shipment)
          ELSE to.code IN COLLECT {
            MATCH (s)-[:TO_ADDRESS]->(:Address)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(up:Region) RETURN up.code }
        END
  RETURN s, direction
}
// A shipment within both regions (one lies inside the other) is listed once, as A_TO_B.
WITH s, min(direction) AS direction
WHERE (NOT coalesce($suspectsOnly, false)
       // its sender (SENT, into the shipment) or its receiver (ADDRESSED_TO, out of it)
       OR EXISTS { (s)-[:SENT|ADDRESSED_TO]-(p:Person)
                   WHERE p.status IN ['SUSPECT', 'FUGITIVE', 'ARRESTED'] OR EXISTS { (p)-[:MEMBER_OF]->() } })
// Sorted before they are collected, and the page sliced from the list: sorted after, each kept row carried (and was
// charged for) the whole list, 2 GB of transaction memory for a page of 500 of 11,000 shipments.
WITH s, direction
ORDER BY s.sentAt DESC, s.waybillNo, direction
WITH collect({shipment: s, direction: direction}) AS rows
WITH rows, size(rows) AS total
UNWIND rows[coalesce($skip, 0)..coalesce($skip, 0) + coalesce($limit, 50)] AS row
WITH row.shipment AS s, row.direction AS direction, total
OPTIONAL MATCH (sender:Person)-[:SENT]->(s)
OPTIONAL MATCH (s)-[:ADDRESSED_TO]->(receiver:Person)
OPTIONAL MATCH (s)-[:FROM_ADDRESS]->(origin:Address)
OPTIONAL MATCH (s)-[:TO_ADDRESS]->(destination:Address)
RETURN s AS shipment, direction, sender, receiver, origin, destination, total
