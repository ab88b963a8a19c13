// Purpose: the province and prefecture codes of where each address lies, kept on the address (provinceCode,
//          prefectureCode) and on each shipment for both ends (originProvince, originPrefecture, destinationProvince,
//          destinationPrefecture), so region analyses over millions of shipments read a property instead of walking
//          address -> region -> PART_OF ancestors for every shipment. A code is null where the address lies above
//          that level. Addresses first, then shipments (which copy their addresses' codes), each in batches of
//          10,000; from then on the address and waybill scripts (cypher/ingest, cypher/demo) keep them. Interrupted,
//          it is simply run again.
// Parameters: none (schema statements, applied once at start-up by the migration runner, in file order).
// Example: cypher-shell -f cypher/schema/V009__region_codes.cypher
MATCH (a:Address)-[:LOCATED_IN]->(r:Region)
CALL (a, r) {
  OPTIONAL MATCH (r)-[:PART_OF*0..3]->(province:Region {level: 'PROVINCE'})
  OPTIONAL MATCH (r)-[:PART_OF*0..3]->(prefecture:Region {level: 'PREFECTURE'})
  SET a.provinceCode = province.code, a.prefectureCode = prefecture.code
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (s:Shipment)
CALL (s) {
  OPTIONAL MATCH (s)-[:FROM_ADDRESS]->(origin:Address)
  OPTIONAL MATCH (s)-[:TO_ADDRESS]->(destination:Address)
  SET s.originProvince = origin.provinceCode, s.originPrefecture = origin.prefectureCode,
      s.destinationProvince = destination.provinceCode, s.destinationPrefecture = destination.prefectureCode
} IN TRANSACTIONS OF 10000 ROWS;
