// Purpose: risk rule — a parcel sent from a border prefecture (Yunnan and Guangxi prefectures on the Myanmar, Laos
//          and Vietnam borders) or from a foreign border region, addressed into the interior: a province with no such
//          border. The classic first leg of the Golden Triangle route; common in ordinary trade too, hence a low weight.
// Rule: border-to-interior
// Name: Border source to the interior
// Weight: 1
// Description: Origin in a border prefecture (Baoshan, Pu'er, Lincang, Honghe, Wenshan, Xishuangbanna, Dehong,
//          Nujiang, Fangchenggang, Baise, Chongzuo) or abroad (a foreign border state, or just a foreign country);
//          destination in a domestic province other than Yunnan and Guangxi.
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
// Filter on the region codes first (GB/T 2260: a county's prefecture is its first four digits + '00', its province
// the first two + '0000'; foreign addresses sit in a foreign border state or country), then draw the region paths of
// the few hits.
MATCH (s)-[:FROM_ADDRESS]->(:Address)-[:LOCATED_IN]->(from:Region)
WHERE from.kind = 'FOREIGN'
   OR substring(from.code, 0, 4) + '00' IN ['530500', '530800', '530900', '532500', '532600', '532800', '533100', '533300', '450600', '451000', '451400']
MATCH (s)-[:TO_ADDRESS]->(:Address)-[:LOCATED_IN]->(to:Region)
WHERE to.kind = 'DOMESTIC' AND NOT substring(to.code, 0, 2) IN ['53', '45']
// the nearest region that makes it a border source: a border prefecture, a foreign border state, or a foreign country
// (an address known only to lie in Myanmar)
MATCH sent = (s)-[:FROM_ADDRESS]->(:Address)-[:LOCATED_IN]->(from)-[:PART_OF*0..2]->(source:Region)
WHERE (source.kind = 'FOREIGN' AND source.level IN ['PROVINCE', 'COUNTRY']) OR source.code IN ['530500', '530800', '530900', '532500', '532600', '532800', '533100', '533300', '450600', '451000', '451400']
WITH s, to, sent, source ORDER BY length(sent)
WITH s, to, collect(sent)[0] AS sent, collect(source)[0] AS source
MATCH bound = (s)-[:TO_ADDRESS]->(:Address)-[:LOCATED_IN]->(to)-[:PART_OF*0..2]->(province:Region {level: 'PROVINCE'})
WITH s, sent, source, collect(bound)[0] AS bound, collect(province)[0] AS province
RETURN s.waybillNo AS waybillNo,
       [n IN nodes(sent) + nodes(bound) | n.uid] AS evidence,
       [r IN relationships(sent) + relationships(bound) | elementId(r)] AS links,
       'sent from ' + source.name + ' to ' + province.name AS reason
