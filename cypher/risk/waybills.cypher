// Purpose: risk scoring — one page of waybill numbers in order, for scoring every shipment a round at a time (the
//          shipment_waybill index gives the order, so each page starts where the last ended).
// Parameters:
//   $after  STRING   the last waybill number of the previous page; '' for the first page
//   $limit  INTEGER  page size
// Returns one row per shipment: waybillNo (STRING).
// Example: cypher-shell --param "after => ''" --param "limit => 10" -f cypher/risk/waybills.cypher
MATCH (s:Shipment)
WHERE s.waybillNo > $after
RETURN s.waybillNo AS waybillNo
ORDER BY s.waybillNo
LIMIT $limit
