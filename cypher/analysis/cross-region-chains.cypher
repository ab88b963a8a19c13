// Purpose: relay chains that start in one region and end in another: a person in region A sends a shipment to a
//          relay (anywhere), who within $windowDays of its sending sends one on to a person in region B — the courier
//          hand-over pattern of source-to-market trafficking. Also finds chains with two relays (three shipments).
//          Measured from sending, not arrival: many waybills have no recorded arrival.
// Parameters:
//   $regionA     STRING   where chains start (region code), required
//   $regionB     STRING   where chains end (region code), required
//   $windowDays  INTEGER  maximum days from one shipment being sent to the next being sent on; null = 30
//   $since       STRING   ISO date-time: only chains whose every shipment was sent at or after it; null = open
//   $until       STRING   ISO date-time: only chains whose every shipment was sent before it; null = open
//   $skip        INTEGER  chains to skip (paging); null = 0
//   $limit       INTEGER  maximum chains; null = 50
// Returns one row per chain, shortest and most recent first (ties in the order of their ids): nodes (LIST<NODE>:
//   person, shipment, person, ...), relationships (LIST<RELATIONSHIP>), shipments (INTEGER: 2 or 3).
// Example: cypher-shell --param "regionA => 'MM-17'" --param "regionB => '440000'" --param "windowDays => 30"
//          --param "since => null" --param "until => null" --param "skip => 0" --param "limit => 20"
//          -f cypher/analysis/cross-region-chains.cypher
MATCH (ra:Region {code: $regionA}), (rb:Region {code: $regionB})
// A province or prefecture is matched on the region codes kept on each shipment (schema/V009__region_codes; the
// origin indexed by V010); a county or a country walks its addresses (the start) or is tested against the list of
// its regions (the end). The relay's shipments are narrowed to the time window (a subquery, so the planner keeps
// that order) before any destination is tested.
WITH ra, rb, duration({days: coalesce($windowDays, 30)}) AS window,
     CASE WHEN $since IS NULL THEN datetime('0001-01-01T00:00Z') ELSE datetime($since) END AS fromTime,
     CASE WHEN $until IS NULL THEN datetime('9999-12-31T00:00Z') ELSE datetime($until) END AS toTime,
     CASE WHEN rb.level IN ['PROVINCE', 'PREFECTURE'] THEN [] ELSE COLLECT {
       MATCH (rb)<-[:PART_OF*0..3]-(r:Region) RETURN r } END AS regionsB
CALL (ra, fromTime, toTime) {
  // (the hints: with an open window the planner would scan the sentAt index instead)
  UNWIND CASE WHEN ra.level = 'PROVINCE' THEN [ra.code] ELSE [] END AS code
  MATCH (s1:Shipment) USING INDEX s1:Shipment(originProvince)
  WHERE s1.originProvince = code AND s1.sentAt >= fromTime AND s1.sentAt < toTime
  RETURN s1
  UNION ALL
  UNWIND CASE WHEN ra.level = 'PREFECTURE' THEN [ra.code] ELSE [] END AS code
  MATCH (s1:Shipment) USING INDEX s1:Shipment(originPrefecture)
  WHERE s1.originPrefecture = code AND s1.sentAt >= fromTime AND s1.sentAt < toTime
  RETURN s1
  UNION ALL
  UNWIND CASE WHEN ra.level IN ['PROVINCE', 'PREFECTURE'] THEN [] ELSE COLLECT {
    MATCH (ra)<-[:PART_OF*0..3]-(r:Region) RETURN r } END AS r
  MATCH (r)<-[:LOCATED_IN]-(:Address)<-[:FROM_ADDRESS]-(s1:Shipment)
  WHERE s1.sentAt >= fromTime AND s1.sentAt < toTime
  RETURN s1
}
MATCH p1 = (start:Person)-[:SENT]->(s1)-[:ADDRESSED_TO]->(relay:Person)
CALL (relay, s1, window, toTime) {
  MATCH (relay)-[:SENT]->(s2:Shipment)
  WHERE s2.sentAt > s1.sentAt AND s2.sentAt <= s1.sentAt + window AND s2.sentAt < toTime
  RETURN s2
}
WITH p1, relay, s2, window, toTime, rb, regionsB,
     coalesce(CASE rb.level
                WHEN 'PROVINCE' THEN s2.destinationProvince = rb.code
                WHEN 'PREFECTURE' THEN s2.destinationPrefecture = rb.code
                ELSE EXISTS { (s2)-[:TO_ADDRESS]->(:Address)-[:LOCATED_IN]->(to:Region) WHERE to IN regionsB }
              END, false) AS s2EndsInB
CALL (relay, s2, s2EndsInB, window, toTime, rb, regionsB) {
  WITH relay, s2 WHERE s2EndsInB
  MATCH p2 = (relay)-[:SENT]->(s2)-[:ADDRESSED_TO]->(end:Person)
  RETURN nodes(p2)[1..] AS rest, relationships(p2) AS restRels, s2.sentAt AS lastSent, 2 AS shipments
  UNION ALL
  WITH relay, s2, window, toTime, rb, regionsB WHERE NOT s2EndsInB
  MATCH (s2)-[:ADDRESSED_TO]->(relay2:Person)
  WHERE relay2 <> relay
  CALL (relay2, s2, window, toTime) {
    MATCH (relay2)-[:SENT]->(s3:Shipment)
    WHERE s3.sentAt > s2.sentAt AND s3.sentAt <= s2.sentAt + window AND s3.sentAt < toTime
    RETURN s3
  }
  WITH relay, s2, relay2, s3, rb, regionsB
  WHERE CASE rb.level
          WHEN 'PROVINCE' THEN s3.destinationProvince = rb.code
          WHEN 'PREFECTURE' THEN s3.destinationPrefecture = rb.code
          ELSE EXISTS { (s3)-[:TO_ADDRESS]->(:Address)-[:LOCATED_IN]->(to:Region) WHERE to IN regionsB }
        END
  MATCH p2 = (relay)-[:SENT]->(s2)-[:ADDRESSED_TO]->(relay2)-[:SENT]->(s3)-[:ADDRESSED_TO]->(end:Person)
  WHERE end <> relay
  RETURN nodes(p2)[1..] AS rest, relationships(p2) AS restRels, s3.sentAt AS lastSent, 3 AS shipments
}
WITH nodes(p1) + rest AS nodes, relationships(p1) + restRels AS relationships, shipments, lastSent
RETURN nodes, relationships, shipments
ORDER BY shipments, lastSent DESC, [n IN nodes | n.uid]
SKIP coalesce($skip, 0)
LIMIT coalesce($limit, 50)
