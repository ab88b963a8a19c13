// Purpose: demo loader — create addresses, each LOCATED_IN its region, with the codes of the province and
//          prefecture it lies in (provinceCode, prefectureCode; see schema/V009__region_codes) (part of the demo
//          network, see README).
// Parameters: $rows (LIST<MAP>) {id, text, regionCode}.
// Example: :param rows => [{id:'A000001', text:'云南省昆明市五华区人民路1号', regionCode:'530102'}]
UNWIND $rows AS row
MATCH (region:Region {code: row.regionCode})
CREATE (a:Address:Entity {uid: 'Address/' + row.id, id: row.id, text: row.text,
  provinceCode: COLLECT { MATCH (region)-[:PART_OF*0..3]->(p:Region {level: 'PROVINCE'}) RETURN p.code }[0],
  prefectureCode: COLLECT { MATCH (region)-[:PART_OF*0..3]->(p:Region {level: 'PREFECTURE'}) RETURN p.code }[0]})
CREATE (a)-[:LOCATED_IN]->(region)
