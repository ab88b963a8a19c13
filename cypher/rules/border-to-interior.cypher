// Purpose: risk rule — a parcel sent from a border prefecture (Yunnan and Guangxi prefectures on the Myanmar, Laos
//          and Vietnam borders) or from a foreign border region, addressed into the interior: a province with no such
//          border. The classic first leg of the Golden Triangle route; common in ordinary trade too, hence a low weight.
// Rule: border-to-interior
// Name: Border source to the interior
// Weight: 1
// Description: Origin in a border prefecture (Baoshan, Pu'er, Lincang, Honghe, Wenshan, Xishuangbanna, Dehong,
//          Nujiang, Fangchenggang, Baise, Chongzuo) or abroad; destination in a domestic province other than Yunnan
//          and Guangxi.
// Parameters:
//   $waybillNos  LIST<STRING>  waybill numbers of the shipments to score; null = every shipment
// Returns one row per shipment the rule fires on: waybillNo (STRING), evidence (LIST<STRING>: entity ids of the
//          nodes that made it fire), links (LIST<STRING>: element ids of the relationships among them), reason (STRING).
// Example: cypher-shell --param "waybillNos => ['SF000000000001']" -f cypher/rules/border-to-interior.cypher
CALL () {
  UNWIND coalesce($waybillNos, []) AS no
  MATCH (s:Shipment {waybillNo: no})
  RETURN s
  UNION
  WITH $waybillNos AS all WHERE all IS NULL
  MATCH (s:Shipment)
  RETURN s
}
MATCH sent = (s)-[:FROM_ADDRESS]->(:Address)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(source:Region)
WHERE source.code IN ['530500', '530800', '530900', '532500', '532600', '532800', '533100', '533300', '450600',
                      '451000', '451400']
   OR (source.kind = 'FOREIGN' AND source.level = 'PROVINCE')
MATCH bound = (s)-[:TO_ADDRESS]->(:Address)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(province:Region)
WHERE province.level = 'PROVINCE' AND province.kind = 'DOMESTIC' AND NOT province.code IN ['530000', '450000']
RETURN s.waybillNo AS waybillNo,
       [n IN nodes(sent) + nodes(bound) | n.uid] AS evidence,
       [r IN relationships(sent) + relationships(bound) | elementId(r)] AS links,
       'sent from ' + source.name + ' to ' + province.name AS reason
