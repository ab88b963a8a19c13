// Purpose: the home region of each person of a trace, for its summary: the prefecture they live in (or the region
//          itself where there is none, e.g. a foreign state), whether it is abroad, and whether they run a lab.
// Parameters:
//   $uids  LIST<STRING>  person ids ('Person/P005001'), required
// Returns one row per person with a known home: uid (STRING), region (STRING: name), code (STRING),
//   foreign (BOOLEAN), lab (BOOLEAN: operates a site of kind LAB).
// Example: cypher-shell --param "uids => ['Person/P005001', 'Person/P005005']" -f cypher/takedown/trace-homes.cypher
UNWIND $uids AS uid
MATCH (p:Entity:Person {uid: uid})-[:LIVES_AT]->(:Address)-[:LOCATED_IN]->(r:Region)
CALL (r) {
  MATCH chain = (r)-[:PART_OF*0..3]->(top:Region)
  WHERE NOT EXISTS { (top)-[:PART_OF]->() }
  RETURN [x IN nodes(chain) WHERE x.level = 'PREFECTURE'] AS prefectures, top
  LIMIT 1
}
WITH p, uid, coalesce(prefectures[0], r) AS home, top
RETURN uid, home.name AS region, home.code AS code, top.kind = 'FOREIGN' OR home.kind = 'FOREIGN' AS foreign,
       EXISTS { (p)-[:OPERATES]->(:Site {kind: 'LAB'}) } AS lab
