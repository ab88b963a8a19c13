// Purpose: demo loader — create phone numbers.
// Parameters: $rows (LIST<MAP>) {number, carrier}.
// Example: :param rows => [{number:'13800000000', carrier:'中国移动'}]
UNWIND $rows AS row
CREATE (:Phone:Entity {uid: 'Phone/' + row.number, number: row.number, carrier: row.carrier})
