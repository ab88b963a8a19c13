// Purpose: relay chains that start in one region and end in another: a person in region A sends a shipment to a
//          relay (anywhere), who within $windowDays sends one on to a person in region B — the courier hand-over
//          pattern of source-to-market trafficking. Also finds chains with two relays (three shipments).
// Parameters:
//   $regionA     STRING   where chains start (region code), required
//   $regionB     STRING   where chains end (region code), required
//   $windowDays  INTEGER  maximum days between receiving and sending on; null = 30
//   $skip        INTEGER  chains to skip (paging); null = 0
//   $limit       INTEGER  maximum chains; null = 50
// Returns one row per chain, shortest and most recent first (ties in the order of their ids): nodes (LIST<NODE>: person, shipment, person, ...),
//   relationships (LIST<RELATIONSHIP>), shipments (INTEGER: 2 or 3).
// Example: cypher-shell --param "regionA => 'MM-17'" --param "regionB => '440000'" --param "windowDays => 30"
//          --param "skip => 0" --param "limit => 20" -f cypher/analysis/cross-region-chains.cypher
MATCH (ra:Region {code: $regionA}), (rb:Region {code: $regionB})
WITH ra, rb, duration({days: coalesce($windowDays, 30)}) AS window
MATCH (ra)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(:Address)<-[:FROM_ADDRESS]-(s1:Shipment)
MATCH p1 = (start:Person)-[:SENT]->(s1)-[:ADDRESSED_TO]->(relay:Person)
CALL (relay, s1, rb, window) {
  MATCH p2 = (relay)-[:SENT]->(s2:Shipment)-[:ADDRESSED_TO]->(end:Person)
  WHERE s2.sentAt > s1.sentAt AND s2.sentAt <= s1.sentAt + window
    AND EXISTS { (s2)-[:TO_ADDRESS]->(:Address)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(rb) }
  RETURN nodes(p2)[1..] AS rest, relationships(p2) AS restRels, s2.sentAt AS lastSent, 2 AS shipments
  UNION
  MATCH p2 = (relay)-[:SENT]->(s2:Shipment)-[:ADDRESSED_TO]->(relay2:Person)-[:SENT]->(s3:Shipment)-[:ADDRESSED_TO]->(end:Person)
  WHERE s2.sentAt > s1.sentAt AND s2.sentAt <= s1.sentAt + window
    AND s3.sentAt > s2.sentAt AND s3.sentAt <= s2.sentAt + window
    AND relay2 <> relay AND end <> relay
    AND NOT EXISTS { (s2)-[:TO_ADDRESS]->(:Address)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(rb) }
    AND EXISTS { (s3)-[:TO_ADDRESS]->(:Address)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(rb) }
  RETURN nodes(p2)[1..] AS rest, relationships(p2) AS restRels, s3.sentAt AS lastSent, 3 AS shipments
}
WITH nodes(p1) + rest AS nodes, relationships(p1) + restRels AS relationships, shipments, lastSent
RETURN nodes, relationships, shipments
ORDER BY shipments, lastSent DESC, [n IN nodes | n.uid]
SKIP coalesce($skip, 0)
LIMIT coalesce($limit, 50)
