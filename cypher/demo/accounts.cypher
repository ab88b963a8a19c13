// Purpose: demo loader — create bank accounts.
// Parameters: $rows (LIST<MAP>) {number, bank, kind}.
// Example: :param rows => [{number:'6222000000000000000', bank:'中国工商银行', kind:'BANK'}]
UNWIND $rows AS row
CREATE (:Account:Entity {uid: 'Account/' + row.number, number: row.number, bank: row.bank, kind: row.kind})
