// Purpose: how two entities are connected — the shortest path and up to 10 shortest paths between them, with every
//          shipment, phone, address and account on the way. Region hierarchy links (LOCATED_IN, PART_OF) are left
//          out unless asked for. Paths longer than $maxHops (at most 8) are not reported.
// Parameters:
//   $source    STRING        entity id of one end ('Person/P000123'), required
//   $target    STRING        entity id of the other end, required
//   $k         INTEGER       how many paths, 1 to 10, shortest first; null = 1
//   $maxHops   INTEGER       1 to 8; null = 6
//   $relTypes  LIST<STRING>  relationship types a path may use; null = all but LOCATED_IN and PART_OF
//   $labels    LIST<STRING>  labels intermediate nodes must have one of; null = any
//   $since     STRING        ISO date-time: skip shipments sent and calls/transfers made before it (the two ends
//                            always count); null = open
//   $until     STRING        ISO date-time: skip those made at or after it; null = open
// Returns one row per path, shortest first: nodes (LIST<NODE>), relationships (LIST<RELATIONSHIP>), hops (INTEGER).
// Example: cypher-shell --param "source => 'Person/P005001'" --param "target => 'Person/P005010'" --param "k => 3"
//          --param "maxHops => 6" --param "relTypes => null" --param "labels => null" --param "since => null"
//          --param "until => null" -f cypher/analysis/paths.cypher
MATCH (a:Entity {uid: $source}), (b:Entity {uid: $target})
WITH a, b,
     coalesce($relTypes, ['MEMBER_OF', 'SENT', 'ADDRESSED_TO', 'FROM_ADDRESS', 'TO_ADDRESS', 'SENDER_PHONE',
       'RECEIVER_PHONE', 'CARRIED_BY', 'USES', 'HOLDS', 'DRIVES', 'LIVES_AT', 'CALLED', 'TRANSFERRED', 'INVOLVES',
       'INCLUDES', 'FROM_SHIPMENT', 'SEIZED_AT', 'OPERATES', 'LOCATED_AT']) AS types,
     CASE WHEN $since IS NULL THEN datetime('0001-01-01T00:00Z') ELSE datetime($since) END AS fromTime,
     CASE WHEN $until IS NULL THEN datetime('9999-12-31T00:00Z') ELSE datetime($until) END AS toTime
// SHORTEST takes a literal count and the hop bound is a literal too: search for the 10 shortest within 8 hops, then
// keep what the parameters ask for.
MATCH p = SHORTEST 10 (a)(()-[r]-(x)
    WHERE type(r) IN types
      AND (r.at IS NULL OR (r.at >= fromTime AND r.at < toTime))
      // the two ends always count, as for labels: a shipment asked about is on its paths whenever it was sent
      AND (x = b OR x.sentAt IS NULL OR (x.sentAt >= fromTime AND x.sentAt < toTime))
      AND ($labels IS NULL OR x = b OR any(label IN labels(x) WHERE label IN $labels))){1,8}(b)
WITH p
WHERE length(p) <= coalesce($maxHops, 6)
RETURN nodes(p) AS nodes, relationships(p) AS relationships, length(p) AS hops
ORDER BY hops
LIMIT coalesce($k, 1)
