// Purpose: key players, step 1 — the persons of a scope, as entity ids: a known gang's members (MEMBER_OF) plus
//          everyone in direct contact with them (parcels, calls, money transfers, a shared phone or address); the
//          persons living in a region or below it (an Address LOCATED_IN a Region PART_OF*0..3 the scope region);
//          the given person ids (what a trace returns; unknown ids drop out); or, with $wholeGraph, every person
//          (persons comes back null then: the contact graph takes null as "everyone"). Also tells whether the gang and
//          the region exist, so a mistyped id is reported instead of answered with an empty ranking.
// Parameters: $gangId (STRING or null), $regionCode (STRING or null), $personIds (LIST<STRING> or null),
//             $wholeGraph (BOOLEAN); exactly one scope is set (the service checks).
// Returns one row: gangKnown (BOOLEAN), regionKnown (BOOLEAN), persons (LIST<STRING> or null).
// Example: cypher-shell --param "gangId => 'G001'" --param "regionCode => null" --param "personIds => null"
//          --param "wholeGraph => false" -f cypher/takedown/scope.cypher
CALL () {
  OPTIONAL MATCH (member:Person)-[:MEMBER_OF]->(:Gang {id: $gangId})
  WITH collect(DISTINCT member) AS members
  CALL (members) {
    UNWIND members AS member
    CALL (member) {
      MATCH (member)-[:SENT|ADDRESSED_TO]-(:Shipment)-[:SENT|ADDRESSED_TO]-(contact:Person)
      RETURN contact
      UNION
      MATCH (member)-[:USES]->(:Phone)-[:CALLED]-(:Phone)<-[:USES]-(contact:Person)
      RETURN contact
      UNION
      MATCH (member)-[:HOLDS]->(:Account)-[:TRANSFERRED]-(:Account)<-[:HOLDS]-(contact:Person)
      RETURN contact
      UNION
      MATCH (member)-[:USES|LIVES_AT]->()<-[:USES|LIVES_AT]-(contact:Person)
      RETURN contact
    }
    RETURN collect(contact) AS contacts
  }
  UNWIND members + contacts AS person
  RETURN collect(DISTINCT person.uid) AS gangScope
}
CALL () {
  OPTIONAL MATCH (resident:Person)-[:LIVES_AT]->(:Address)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: $regionCode})
  RETURN collect(DISTINCT resident.uid) AS regionScope
}
CALL () {
  UNWIND coalesce($personIds, []) AS id
  MATCH (p:Entity:Entity:Person {uid: id})
  RETURN collect(DISTINCT p.uid) AS listScope
}
WITH gangScope, regionScope, listScope
RETURN EXISTS { MATCH (:Gang {id: $gangId}) } AS gangKnown,
       EXISTS { MATCH (:Region {code: $regionCode}) } AS regionKnown,
       CASE
         WHEN $wholeGraph THEN null
         WHEN $gangId IS NOT NULL THEN gangScope
         WHEN $regionCode IS NOT NULL THEN regionScope
         ELSE listScope
       END AS persons
