// Purpose: lookup indexes for the filters investigators use most (status, names, times, region levels) and the
//          full-text index behind search: person names and aliases, gang names, address texts, site names.
// Parameters: none (schema statements, applied once at start-up by the migration runner, in file order).
// Example: cypher-shell -f cypher/schema/V002__indexes.cypher
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX person_status IF NOT EXISTS FOR (n:Person) ON (n.status);
CREATE INDEX shipment_sent_at IF NOT EXISTS FOR (n:Shipment) ON (n.sentAt);
CREATE INDEX shipment_courier IF NOT EXISTS FOR (n:Shipment) ON (n.courier);
CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level);
CREATE INDEX case_opened_at IF NOT EXISTS FOR (n:Case) ON (n.openedAt);
CREATE INDEX seizure_seized_at IF NOT EXISTS FOR (n:Seizure) ON (n.seizedAt);
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Person|Gang|Address|Site) ON EACH [n.name, n.aliases, n.text];
