// Purpose: import — persons who might be the one a row names (entity resolution, read step): the person with the
//          same ID number, persons using the same phone, and persons of the same name living at the same address.
//          The rule deciding between them is Java's (ingest/PersonMatch, documented in the README).
// Parameters: $mentions (LIST<MAP>) {key (INTEGER, the mention's index in the batch), name (STRING), idNumber
//             (STRING or null), phone (STRING or null), address (STRING or null, normalised text)}.
// Example: cypher-shell --param "mentions => [{key: 0, name: '王伟', idNumber: null, phone: '13800000000', address: null}]" -f cypher/ingest/person-candidates.cypher
UNWIND $mentions AS m
CALL (m) {
  MATCH (c:Person {idNumber: m.idNumber})
  RETURN c
  UNION
  MATCH (:Phone {number: m.phone})<-[:USES]-(c:Person)
  RETURN c
  UNION
  MATCH (:Address {text: m.address})<-[:LIVES_AT]-(c:Person {name: m.name})
  RETURN c
}
RETURN m.key AS key, c.id AS id, c.name AS name, c.idNumber AS idNumber,
       m.phone IS NOT NULL AND EXISTS { (c)-[:USES]->(:Phone {number: m.phone}) } AS sharesPhone,
       m.address IS NOT NULL AND EXISTS { (c)-[:LIVES_AT]->(:Address {text: m.address}) } AS sharesAddress
ORDER BY key, id
