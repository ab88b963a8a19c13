// Purpose: which persons of a whole-chain trace are themselves suspects, fugitives, arrested, or known gang members:
//          their SUSPECT signal (a hand-over's evidence is about the person it leads to, not about both ends).
// Parameters:
//   $uids  LIST<STRING>  person ids ('Person/P005001'), required
// Returns one row per such person: uid (STRING).
// Example: cypher-shell --param "uids => ['Person/P005001', 'Person/P005005']" -f cypher/takedown/trace-suspects.cypher
UNWIND $uids AS uid
MATCH (p:Entity:Person {uid: uid})
WHERE p.status <> 'UNKNOWN' OR EXISTS { (p)-[:MEMBER_OF]->(:Gang) }
RETURN uid
