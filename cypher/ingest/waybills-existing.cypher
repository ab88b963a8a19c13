// Purpose: import — which of a batch's waybill numbers the graph already has a Shipment for: those rows update
//          their shipment (ingest/waybills, latest record wins); the others are new and take ingest/waybills-create.
// Parameters: $waybillNos (LIST<STRING>) the batch's waybill numbers.
// Example: cypher-shell --param "waybillNos => ['SF000000000001', 'SF000000000002']" -f cypher/ingest/waybills-existing.cypher
UNWIND $waybillNos AS waybillNo
MATCH (:Shipment {waybillNo: waybillNo})
RETURN waybillNo
