// Purpose: risk rule — the declared content does not fit the weight: far heavier than a parcel of that content
//          usually is (tea, coffee, dried fruit or toys of 10 kg and more). Drugs travel declared as something light and
//          ordinary. The limits below are the heaviest plausible ordinary parcel per content; edit them here.
// Rule: content-weight-mismatch
// Name: Declared content inconsistent with weight
// Weight: 2
// Description: Weight above the plausible maximum for the declared content (e.g. 茶叶/普洱茶 3 kg, 咖啡豆 3 kg,
//          玩具 3 kg, 文件 0.5 kg); contents not in the table never fire.
// Parameters:
//   $waybillNos  LIST<STRING>  waybill numbers of the shipments to score; null = every shipment
// Returns one row per shipment the rule fires on: waybillNo (STRING), evidence (LIST<STRING>: entity ids of the
//          nodes that made it fire), links (LIST<STRING>: element ids of the relationships among them), reason (STRING).
// Example: cypher-shell --param "waybillNos => ['SF000000000001']" -f cypher/rules/content-weight-mismatch.cypher
CALL () {
  UNWIND coalesce($waybillNos, []) AS no
  MATCH (s:Shipment {waybillNo: no})
  RETURN s
  UNION
  WITH $waybillNos AS all WHERE all IS NULL
  MATCH (s:Shipment)
  RETURN s
}
WITH s, {
  文件: 0.5, 手机配件: 1.0, 化妆品: 2.0, 服装: 3.0, 鞋: 3.0, 图书: 4.0, 玩具: 3.0, 茶叶: 3.0, 普洱茶: 3.0,
  咖啡豆: 3.0, 干果: 5.0, 中药材: 3.0, 食品: 6.0, 日用品: 8.0, 洗衣粉: 5.0, 电子产品: 5.0, 汽车配件: 15.0,
  家电配件: 12.0
} AS plausibleMaxKg
WITH s, plausibleMaxKg[s.declaredContent] AS maxKg
WHERE maxKg IS NOT NULL AND s.weightKg > maxKg
RETURN s.waybillNo AS waybillNo,
       [s.uid] AS evidence,
       [] AS links,
       'declared ' + s.declaredContent + ', weighs ' + s.weightKg + ' kg (plausible up to ' + maxKg + ' kg)' AS reason
