// Purpose: risk rule — the destination address has received parcels from several different senders in border
//          prefectures or abroad within 30 days up to this parcel: a receiving point for goods from the border.
// Rule: border-senders-to-address
// Name: Address receiving from many border senders
// Weight: 2
// Description: 3 or more distinct senders (persons) whose parcels, sent from a border prefecture or foreign border
//          region in the 30 days up to this shipment's sending time (this one included), went to its destination
//          address.
// Parameters:
//   $waybillNos  LIST<STRING>  waybill numbers of the shipments to score; null = every shipment
// Returns one row per shipment the rule fires on: waybillNo (STRING), evidence (LIST<STRING>: entity ids of the
//          nodes that made it fire), links (LIST<STRING>: element ids of the relationships among them), reason (STRING).
// Example: cypher-shell --param "waybillNos => ['SF000000000001']" -f cypher/rules/border-senders-to-address.cypher
CALL () {
  UNWIND coalesce($waybillNos, []) AS no
  MATCH (s:Shipment {waybillNo: no})
  RETURN s
  UNION
  WITH $waybillNos AS all WHERE all IS NULL
  MATCH (s:Shipment)
  RETURN s
}
MATCH (s)-[bound:TO_ADDRESS]->(destination:Address)
CALL (s, destination) {
  MATCH (sender:Person)-[sent:SENT]->(other:Shipment)-[arrived:TO_ADDRESS]->(destination)
  WHERE other.sentAt <= s.sentAt AND other.sentAt > s.sentAt - duration({days: 30})
  // a county's prefecture is its code's first four digits + '00' (GB/T 2260); foreign addresses sit in a border state
  MATCH (other)-[:FROM_ADDRESS]->(:Address)-[:LOCATED_IN]->(source:Region)
  WHERE source.kind = 'FOREIGN' OR substring(source.code, 0, 4) + '00' IN ['530500', '530800', '530900', '532500', '532600', '532800', '533100', '533300', '450600', '451000', '451400']
  WITH sender, collect(other)[0] AS other, collect(sent)[0] AS sent, collect(arrived)[0] AS arrived,
       collect(source)[0] AS source
  RETURN collect({sender: sender, other: other, sent: sent, arrived: arrived, source: source}) AS senders
}
WITH s, bound, destination, senders
WHERE size(senders) >= 3
RETURN s.waybillNo AS waybillNo,
       [s.uid, destination.uid] + [x IN senders | x.sender.uid] + [x IN senders | x.other.uid] AS evidence,
       [elementId(bound)] + [x IN senders | elementId(x.sent)] + [x IN senders | elementId(x.arrived)] AS links,
       destination.text + ' received from ' + size(senders) + ' senders in border regions within 30 days ('
         + reduce(text = '', x IN senders[0..5] | text + CASE WHEN text = '' THEN '' ELSE ', ' END + x.source.name)
         + ')' AS reason
