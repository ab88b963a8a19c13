// Purpose: demo loader — create addresses, each LOCATED_IN its region, with the codes of the province and
//          prefecture it lies in (provinceCode, prefectureCode; see schema/V009__region_codes), which the generator
//          takes from the region catalogue the regions were created from (part of the demo network, see README).
// Parameters: $rows (LIST<MAP>) {id, text, regionCode, provinceCode, prefectureCode (null above that level)}.
// Example: :param rows => [{id:'A000001', text:'云南省昆明市五华区人民路1号', regionCode:'530102',
//          provinceCode:'530000', prefectureCode:'530100'}]
UNWIND $rows AS row
MATCH (region:Region {code: row.regionCode})
CREATE (a:Address:Entity {uid: 'Address/' + row.id, id: row.id, text: row.text,
  provinceCode: row.provinceCode, prefectureCode: row.prefectureCode})
CREATE (a)-[:LOCATED_IN]->(region)
