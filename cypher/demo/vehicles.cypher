// Purpose: demo loader — create vehicles by plate.
// Parameters: $rows (LIST<MAP>) {plate, make, colour}.
// Example: :param rows => [{plate:'云NA1234', make:'五菱', colour:'白'}]
UNWIND $rows AS row
CREATE (:Vehicle:Entity {uid: 'Vehicle/' + row.plate, plate: row.plate, make: row.make, colour: row.colour})
