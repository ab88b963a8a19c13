// Purpose: key players, step 4 — what each given person bridges: the known gangs they belong to or in which at least
//          two of their direct contacts are members (one contact is a single link, not a bridge), contacts anywhere in
//          the graph (parcels either way, calls, money transfers, a shared phone or address), and
//          the provinces (or foreign provincial regions) where they and their contacts who are known gang members
//          live. Two or more gangs make a broker between gangs; two or more provinces a link between regions.
// Parameters: $ids (LIST<STRING>) person entity ids.
// Returns one row per known person: id (STRING), person (NODE), ownGangs (LIST<STRING>), gangs (LIST<STRING>),
//          provinces (LIST<STRING> names; may repeat, the service de-duplicates and sorts).
// Example: cypher-shell --param "ids => ['Person/P005001']" -f cypher/takedown/bridging.cypher
UNWIND $ids AS id
MATCH (p:Entity:Entity:Person {uid: id})
CALL (p) {
  MATCH (p)-[:SENT|ADDRESSED_TO]-(:Shipment)-[:SENT|ADDRESSED_TO]-(contact:Person)
  RETURN contact
  UNION
  MATCH (p)-[:USES]->(:Phone)-[:CALLED]-(:Phone)<-[:USES]-(contact:Person)
  RETURN contact
  UNION
  MATCH (p)-[:HOLDS]->(:Account)-[:TRANSFERRED]-(:Account)<-[:HOLDS]-(contact:Person)
  RETURN contact
  UNION
  MATCH (p)-[:USES|LIVES_AT]->()<-[:USES|LIVES_AT]-(contact:Person)
  RETURN contact
}
WITH p, collect(DISTINCT contact) AS contacts
CALL (p, contacts) {
  UNWIND [p] + contacts AS person
  MATCH (person)-[:MEMBER_OF]->(gang:Gang)
  WITH person, gang
  OPTIONAL MATCH (person)-[:LIVES_AT]->(:Address)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(province:Region {level: 'PROVINCE'})
  WITH gang, collect(DISTINCT person) AS members, collect(DISTINCT province.name) AS provinces
  WITH gang, provinces, p IN members OR size(members) >= 2 AS bridged
  UNWIND provinces + [null] AS province
  RETURN collect(DISTINCT CASE WHEN bridged THEN gang.id END) AS gangs, collect(DISTINCT province) AS memberProvinces
}
CALL (p) {
  OPTIONAL MATCH (p)-[:LIVES_AT]->(:Address)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(home:Region {level: 'PROVINCE'})
  RETURN collect(home.name) AS homeProvinces
}
RETURN p.uid AS id, p AS person, [(p)-[:MEMBER_OF]->(g:Gang) | g.id] AS ownGangs, gangs,
       memberProvinces + homeProvinces AS provinces
