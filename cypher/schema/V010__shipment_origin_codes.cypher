// Purpose: indexes on the origin region codes kept on shipments (see V009), so the shipments leaving a province or
//          prefecture are found by an index seek (cypher/analysis/cross-region-shipments.cypher) rather than by
//          walking every address of the region.
// Parameters: none (schema statements, applied once at start-up by the migration runner, in file order).
// Example: cypher-shell -f cypher/schema/V010__shipment_origin_codes.cypher
CREATE INDEX shipment_origin_province IF NOT EXISTS FOR (n:Shipment) ON (n.originProvince);
CREATE INDEX shipment_origin_prefecture IF NOT EXISTS FOR (n:Shipment) ON (n.originPrefecture);
