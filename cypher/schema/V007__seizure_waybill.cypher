// Purpose: seizures keep the number of the waybill they were found in, so a waybill imported after its seizure is
//          linked to it (cypher/ingest/waybills.cypher looks seizures up by that number).
// Parameters: none (schema statements, applied once at start-up by the migration runner, in file order).
// Example: cypher-shell -f cypher/schema/V007__seizure_waybill.cypher
CREATE INDEX seizure_waybill IF NOT EXISTS FOR (n:Seizure) ON (n.waybillNo);
