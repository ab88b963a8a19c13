// Purpose: the neighbourhood of one or more entities — breadth-first, up to $maxHops hops, each node reached once at
//          its shortest distance — with the relationships among the nodes found. Region hierarchy links
//          (LOCATED_IN, PART_OF) are left out unless asked for: through them everything connects to everything.
// Parameters:
//   $ids       LIST<STRING>  entity ids to start from ('Person/P000123', 'Phone/138...', 'Shipment/SF...'), required
//   $maxHops   INTEGER       1 to 4; null = 2
//   $relTypes  LIST<STRING>  relationship types to follow; null = all but LOCATED_IN and PART_OF
//   $labels    LIST<STRING>  labels a reached node must have one of (start nodes always kept); null = any
//   $since     STRING        ISO date-time: shipments sent and calls/transfers made before it are skipped; null = open
//   $until     STRING        ISO date-time: ... made at or after it are skipped; null = open
//   $limit     INTEGER       maximum nodes returned (start nodes included); null = 200
// Returns one row: nodes (LIST<NODE>, nearest first), relationships (LIST<RELATIONSHIP>), capped (BOOLEAN: more
//          nodes were within reach than $limit allowed).
// Example: cypher-shell --param "ids => ['Person/P000001']" --param "maxHops => 2" --param "relTypes => null"
//          --param "labels => null" --param "since => null" --param "until => null" --param "limit => 100"
//          -f cypher/analysis/neighbourhood.cypher
MATCH (start:Entity) WHERE start.uid IN $ids
WITH collect(start) AS starts,
     coalesce($maxHops, 2) AS maxHops,
     coalesce($limit, 200) AS maxNodes,
     coalesce($relTypes, ['MEMBER_OF', 'SENT', 'ADDRESSED_TO', 'FROM_ADDRESS', 'TO_ADDRESS', 'SENDER_PHONE',
       'RECEIVER_PHONE', 'CARRIED_BY', 'USES', 'HOLDS', 'DRIVES', 'LIVES_AT', 'CALLED', 'TRANSFERRED', 'INVOLVES',
       'INCLUDES', 'FROM_SHIPMENT', 'SEIZED_AT', 'OPERATES', 'LOCATED_AT']) AS types,
     CASE WHEN $since IS NULL THEN datetime('0001-01-01T00:00Z') ELSE datetime($since) END AS fromTime,
     CASE WHEN $until IS NULL THEN datetime('9999-12-31T00:00Z') ELSE datetime($until) END AS toTime
// Hop k expands the nodes first reached at hop k-1, while the node budget lasts. Four hops, unrolled: Cypher has no
// loops, and a variable-length pattern would enumerate paths instead of visiting nodes once.
CALL (starts, maxHops, types, fromTime, toTime) {
  UNWIND CASE WHEN maxHops >= 1 THEN starts ELSE [] END AS f
  MATCH (f)-[r]-(n:Entity)
  WHERE type(r) IN types AND NOT n IN starts
    AND (r.at IS NULL OR (r.at >= fromTime AND r.at < toTime))
    AND (n.sentAt IS NULL OR (n.sentAt >= fromTime AND n.sentAt < toTime))
    AND ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels))
  WITH DISTINCT n LIMIT coalesce($limit, 200) + 1
  RETURN collect(n) AS hop1
}
WITH starts + hop1 AS seen, hop1 AS frontier, maxHops, maxNodes, types, fromTime, toTime
CALL (seen, frontier, maxHops, maxNodes, types, fromTime, toTime) {
  UNWIND CASE WHEN maxHops >= 2 AND size(seen) <= maxNodes THEN frontier ELSE [] END AS f
  MATCH (f)-[r]-(n:Entity)
  WHERE type(r) IN types AND NOT n IN seen
    AND (r.at IS NULL OR (r.at >= fromTime AND r.at < toTime))
    AND (n.sentAt IS NULL OR (n.sentAt >= fromTime AND n.sentAt < toTime))
    AND ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels))
  WITH DISTINCT n LIMIT coalesce($limit, 200) + 1
  RETURN collect(n) AS hop2
}
WITH seen + hop2 AS seen, hop2 AS frontier, maxHops, maxNodes, types, fromTime, toTime
CALL (seen, frontier, maxHops, maxNodes, types, fromTime, toTime) {
  UNWIND CASE WHEN maxHops >= 3 AND size(seen) <= maxNodes THEN frontier ELSE [] END AS f
  MATCH (f)-[r]-(n:Entity)
  WHERE type(r) IN types AND NOT n IN seen
    AND (r.at IS NULL OR (r.at >= fromTime AND r.at < toTime))
    AND (n.sentAt IS NULL OR (n.sentAt >= fromTime AND n.sentAt < toTime))
    AND ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels))
  WITH DISTINCT n LIMIT coalesce($limit, 200) + 1
  RETURN collect(n) AS hop3
}
WITH seen + hop3 AS seen, hop3 AS frontier, maxHops, maxNodes, types, fromTime, toTime
CALL (seen, frontier, maxHops, maxNodes, types, fromTime, toTime) {
  UNWIND CASE WHEN maxHops >= 4 AND size(seen) <= maxNodes THEN frontier ELSE [] END AS f
  MATCH (f)-[r]-(n:Entity)
  WHERE type(r) IN types AND NOT n IN seen
    AND (r.at IS NULL OR (r.at >= fromTime AND r.at < toTime))
    AND (n.sentAt IS NULL OR (n.sentAt >= fromTime AND n.sentAt < toTime))
    AND ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels))
  WITH DISTINCT n LIMIT coalesce($limit, 200) + 1
  RETURN collect(n) AS hop4
}
WITH seen + hop4 AS seen, maxNodes, types, fromTime, toTime
WITH seen[0..maxNodes] AS nodes, size(seen) > maxNodes AS capped, types, fromTime, toTime
CALL (nodes, types, fromTime, toTime) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE type(r) IN types AND b IN nodes AND (r.at IS NULL OR (r.at >= fromTime AND r.at < toTime))
  RETURN collect(r) AS relationships
}
RETURN nodes, relationships, capped
