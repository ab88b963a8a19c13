// Purpose: hidden gangs, step 1b — widen a scope by one ring of contacts: the given persons plus everyone in direct
//          contact with them (parcels either way, calls, money transfers, a shared phone or address; the same ties as
//          scope.cypher). Communities are detected on the scope and its surroundings, because a scope cut out of the
//          network splits a gang at the cut (its chain runs on through other regions); run it twice for two rings.
// Parameters: $persons (LIST<STRING>) person entity ids, e.g. what scope.cypher returned.
// Returns one row: persons (LIST<STRING>) the given persons found in the graph and their contacts.
// Example: cypher-shell --param "persons => ['Person/P005001']" -f cypher/takedown/context.cypher
UNWIND $persons AS id
MATCH (p:Entity:Entity:Person {uid: id})
WITH collect(p) AS inner
CALL (inner) {
  UNWIND inner AS person
  CALL (person) {
    MATCH (person)-[:SENT|ADDRESSED_TO]-(:Shipment)-[:SENT|ADDRESSED_TO]-(contact:Person)
    RETURN contact
    UNION
    MATCH (person)-[:USES]->(:Phone)-[:CALLED]-(:Phone)<-[:USES]-(contact:Person)
    RETURN contact
    UNION
    MATCH (person)-[:HOLDS]->(:Account)-[:TRANSFERRED]-(:Account)<-[:HOLDS]-(contact:Person)
    RETURN contact
    UNION
    MATCH (person)-[:USES|LIVES_AT]->()<-[:USES|LIVES_AT]-(contact:Person)
    RETURN contact
  }
  RETURN collect(DISTINCT contact) AS ring
}
UNWIND inner + ring AS person
RETURN collect(DISTINCT person.uid) AS persons
