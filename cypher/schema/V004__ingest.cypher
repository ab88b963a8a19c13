// Purpose: import jobs — one ImportJob node per run of the import engine (CLI, HTTP, GraphQL), found by id. Person,
//          Phone, Address (text), Account, Vehicle, Shipment, Case, Seizure and Gang keys are already unique (V001):
//          the import MERGEs on them.
// Parameters: none (schema statements, applied once at start-up by the migration runner, in file order).
// Example: cypher-shell -f cypher/schema/V004__ingest.cypher
CREATE CONSTRAINT import_job_id IF NOT EXISTS FOR (n:ImportJob) REQUIRE n.id IS UNIQUE;
