// Purpose: risk rule — chemicals sent into a border prefecture or abroad: precursors (ephedrine, P2P ...) flow from
//          the chemical industry of the interior to the labs on the border, usually declared as generic chemicals.
// Rule: chemicals-to-border
// Name: Chemicals sent to the border
// Weight: 2
// Description: Declared content names chemicals (化工原料, 化学试剂, 化学品, 溶剂 ...) and the destination is in a
//          border prefecture or abroad (a foreign border state, or just a foreign country).
// Parameters:
//   $waybillNos  LIST<STRING>  waybill numbers of the shipments to score; null = every shipment
// Returns one row per shipment the rule fires on: waybillNo (STRING), evidence (LIST<STRING>: entity ids of the
//          nodes that made it fire), links (LIST<STRING>: element ids of the relationships among them), reason (STRING).
// Example: cypher-shell --param "waybillNos => ['SF000000000001']" -f cypher/rules/chemicals-to-border.cypher
CALL () {
  UNWIND coalesce($waybillNos, []) AS no
  MATCH (s:Shipment {waybillNo: no})
  RETURN s
  UNION
  WITH $waybillNos AS all WHERE all IS NULL
  MATCH (s:Shipment)
  RETURN s
}
WITH s WHERE s.declaredContent IS NOT NULL
  AND any(word IN ['化工', '化学', '试剂', '溶剂', '原料药', '麻黄'] WHERE s.declaredContent CONTAINS word)
MATCH bound = (s)-[:TO_ADDRESS]->(:Address)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(border:Region)
WHERE border.code IN ['530500', '530800', '530900', '532500', '532600', '532800', '533100', '533300', '450600',
                      '451000', '451400']
   OR (border.kind = 'FOREIGN' AND border.level IN ['PROVINCE', 'COUNTRY'])
// one row per shipment: the nearest such region (a foreign border state before its country)
WITH s, bound, border ORDER BY length(bound)
WITH s, collect(bound)[0] AS bound, collect(border)[0] AS border
RETURN s.waybillNo AS waybillNo,
       [n IN nodes(bound) | n.uid] AS evidence,
       [r IN relationships(bound) | elementId(r)] AS links,
       'declared ' + s.declaredContent + ', sent to ' + border.name AS reason
