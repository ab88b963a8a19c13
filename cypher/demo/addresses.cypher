// Purpose: demo loader — create addresses, each LOCATED_IN its region (part of the demo network, see README).
// Parameters: $rows (LIST<MAP>) {id, text, regionCode}.
// Example: :param rows => [{id:'A000001', text:'云南省昆明市五华区人民路1号', regionCode:'530102'}]
UNWIND $rows AS row
MATCH (region:Region {code: row.regionCode})
CREATE (a:Address:Entity {uid: 'Address/' + row.id, id: row.id, text: row.text})
CREATE (a)-[:LOCATED_IN]->(region)
