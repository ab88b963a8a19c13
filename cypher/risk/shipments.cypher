// Purpose: risk alerts — the shipments of several alerts at once (one query for a whole page of alerts).
// Parameters:
//   $waybillNos  LIST<STRING>  waybill numbers
// Returns one row per shipment found: waybillNo (STRING), shipment (NODE).
// Example: cypher-shell --param "waybillNos => ['SF000000000001']" -f cypher/risk/shipments.cypher
UNWIND $waybillNos AS no
MATCH (s:Shipment {waybillNo: no})
RETURN no AS waybillNo, s AS shipment
