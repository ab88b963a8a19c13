// Purpose: risk scoring — shipments no scoring has seen yet (no scoredAt): imported by the CLI import command or a
//          bulk load while the service was not listening. The sweep scores them.
// Parameters:
//   $limit  INTEGER  most waybill numbers returned
// Returns one row per shipment: waybillNo (STRING).
// Example: cypher-shell --param "limit => 10" -f cypher/risk/unscored.cypher
MATCH (s:Shipment)
WHERE s.scoredAt IS NULL
RETURN s.waybillNo AS waybillNo
LIMIT $limit
