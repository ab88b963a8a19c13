// Purpose: record that a schema migration from cypher/schema/ has been applied (written by the migration runner).
// Parameters: $version (INTEGER) migration number; $description (STRING) from the file name;
//             $checksum (INTEGER) CRC32 of the file text, to detect later edits.
// Example: :param version => 1; :param description => 'constraints'; :param checksum => 12345
MERGE (m:SchemaMigration {version: $version})
SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
