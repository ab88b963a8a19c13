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
       // from the candidate's own few phones and homes: as EXISTS { ... {number: m.phone} } a plan made while the
       // database was empty scanned every phone's index entry (and the transaction's new ones) per candidate
       m.phone IS NOT NULL AND m.phone IN [(c)-[:USES]->(phone:Phone) | phone.number] AS sharesPhone,
       m.address IS NOT NULL AND m.address IN [(c)-[:LIVES_AT]->(home:Address) | home.text] AS sharesAddress
ORDER BY key, id
