// Purpose: known gangs with members living in both of two regions (any level), with how many on each side.
// Parameters:
//   $regionA  STRING  region code, required
//   $regionB  STRING  region code, required
//   $skip     INTEGER gangs to skip (paging); null = 0
//   $limit    INTEGER maximum gangs returned; null = 100
// Returns one row per gang, most members first (then by gang id): gang (NODE), membersInA (INTEGER),
//   membersInB (INTEGER), members (LIST<NODE>: the members in either region).
// Example: cypher-shell --param "regionA => '530000'" --param "regionB => '440000'" --param "skip => 0"
//          --param "limit => 20" -f cypher/analysis/cross-region-gangs.cypher
MATCH (ra:Region {code: $regionA}), (rb:Region {code: $regionB})
MATCH (g:Gang)<-[:MEMBER_OF]-(p:Person)-[:LIVES_AT]->(:Address)-[:LOCATED_IN]->(home:Region)
WITH g, p, EXISTS { (home)-[:PART_OF*0..3]->(ra) } AS inA, EXISTS { (home)-[:PART_OF*0..3]->(rb) } AS inB
WITH g, count(DISTINCT CASE WHEN inA THEN p END) AS membersInA, count(DISTINCT CASE WHEN inB THEN p END) AS membersInB,
     collect(DISTINCT CASE WHEN inA OR inB THEN p END) AS members
WHERE membersInA > 0 AND membersInB > 0
RETURN g AS gang, membersInA, membersInB, members
ORDER BY membersInA + membersInB DESC, g.id
SKIP coalesce($skip, 0)
LIMIT coalesce($limit, 100)
