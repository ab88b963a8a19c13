// Purpose: demo loader — seizures: what was found, in which shipment, where, and in which case.
// Parameters: $rows (LIST<MAP>) {id, drugType, quantityKg, seizedAt (epoch ms), waybillNo, addressId, caseNumber}.
// Example: :param rows => [{id:'SZ-1', drugType:'METHAMPHETAMINE', quantityKg:4.2, seizedAt:1775001600000,
//          waybillNo:'SF000000000001', addressId:'A000001', caseNumber:'A530120260001'}]
UNWIND $rows AS row
MATCH (s:Shipment {waybillNo: row.waybillNo}), (a:Address {id: row.addressId}), (c:Case {number: row.caseNumber})
CREATE (z:Seizure:Entity {uid: 'Seizure/' + row.id, id: row.id, drugType: row.drugType, quantityKg: row.quantityKg,
                   seizedAt: datetime({epochMillis: row.seizedAt})})
CREATE (z)-[:FROM_SHIPMENT]->(s)
CREATE (z)-[:SEIZED_AT]->(a)
CREATE (c)-[:INCLUDES]->(z)
