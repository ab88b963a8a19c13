// Purpose: one stable id for every entity node, whatever its kind: the label :Entity and the property
//          uid = '<Label>/<natural key>' (Person/P000123, Shipment/SF123..., Region/530000). Analyses take and return
//          these ids, and link charts use them as node ids. Backfills nodes written before this version.
// Parameters: none (schema and backfill statements, applied once at start-up by the migration runner, in file order).
// Example: cypher-shell -f cypher/schema/V003__entity_uid.cypher
CREATE CONSTRAINT entity_uid IF NOT EXISTS FOR (n:Entity) REQUIRE n.uid IS UNIQUE;
MATCH (n:Person) WHERE n.uid IS NULL SET n:Entity, n.uid = 'Person/' + n.id;
MATCH (n:Gang) WHERE n.uid IS NULL SET n:Entity, n.uid = 'Gang/' + n.id;
MATCH (n:Shipment) WHERE n.uid IS NULL SET n:Entity, n.uid = 'Shipment/' + n.waybillNo;
MATCH (n:Address) WHERE n.uid IS NULL SET n:Entity, n.uid = 'Address/' + n.id;
MATCH (n:Region) WHERE n.uid IS NULL SET n:Entity, n.uid = 'Region/' + n.code;
MATCH (n:Phone) WHERE n.uid IS NULL SET n:Entity, n.uid = 'Phone/' + n.number;
MATCH (n:Account) WHERE n.uid IS NULL SET n:Entity, n.uid = 'Account/' + n.number;
MATCH (n:Vehicle) WHERE n.uid IS NULL SET n:Entity, n.uid = 'Vehicle/' + n.plate;
MATCH (n:Case) WHERE n.uid IS NULL SET n:Entity, n.uid = 'Case/' + n.number;
MATCH (n:Seizure) WHERE n.uid IS NULL SET n:Entity, n.uid = 'Seizure/' + n.id;
MATCH (n:Site) WHERE n.uid IS NULL SET n:Entity, n.uid = 'Site/' + n.id;
