// Purpose: uniqueness constraints on the natural key of every entity (each also backs a lookup index).
//          Entity resolution relies on them: one phone number, ID number, waybill, ... is one node.
// Parameters: none (schema statements, applied once at start-up by the migration runner, in file order).
// Example: cypher-shell -f cypher/schema/V001__constraints.cypher
CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id_number IF NOT EXISTS FOR (n:Person) REQUIRE n.idNumber IS UNIQUE;
CREATE CONSTRAINT gang_id IF NOT EXISTS FOR (n:Gang) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT shipment_waybill IF NOT EXISTS FOR (n:Shipment) REQUIRE n.waybillNo IS UNIQUE;
CREATE CONSTRAINT address_id IF NOT EXISTS FOR (n:Address) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT address_text IF NOT EXISTS FOR (n:Address) REQUIRE n.text IS UNIQUE;
CREATE CONSTRAINT region_code IF NOT EXISTS FOR (n:Region) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT phone_number IF NOT EXISTS FOR (n:Phone) REQUIRE n.number IS UNIQUE;
CREATE CONSTRAINT account_number IF NOT EXISTS FOR (n:Account) REQUIRE n.number IS UNIQUE;
CREATE CONSTRAINT vehicle_plate IF NOT EXISTS FOR (n:Vehicle) REQUIRE n.plate IS UNIQUE;
CREATE CONSTRAINT case_number IF NOT EXISTS FOR (n:Case) REQUIRE n.number IS UNIQUE;
CREATE CONSTRAINT seizure_id IF NOT EXISTS FOR (n:Seizure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT site_id IF NOT EXISTS FOR (n:Site) REQUIRE n.id IS UNIQUE;
