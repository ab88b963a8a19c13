// Purpose: the people of a region (any level, its whole subtree) an arrest plan starts or ends at: suspects,
//          fugitives, arrested people, known gang members, site operators, and anyone who sent or received a parcel
//          under a name other than their own.
//          All of them: the service refuses a region holding more than one plan can take instead of cutting it.
// Parameters:
//   $code   STRING   region code, e.g. 'MM-17' or '440100', required
// Returns one row: known (BOOLEAN: the region exists), uids (LIST<STRING>: person ids, sorted).
// Example: cypher-shell --param "code => 'MM-17'" -f cypher/takedown/region-suspects.cypher
OPTIONAL MATCH (r:Region {code: $code})
CALL (r) {
  MATCH (p:Person)-[:LIVES_AT]->(:Address)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(r)
  WHERE p.status <> 'UNKNOWN'
     OR EXISTS { (p)-[:MEMBER_OF]->(:Gang) }
     OR EXISTS { (p)-[:OPERATES]->(:Site) }
     OR EXISTS { (p)-[:SENT]->(s:Shipment) WHERE s.senderName <> p.name }
     OR EXISTS { (s:Shipment)-[:ADDRESSED_TO]->(p) WHERE s.receiverName <> p.name }
  WITH DISTINCT p
  ORDER BY p.uid
  RETURN collect(p.uid) AS uids
}
RETURN r IS NOT NULL AS known, uids
