// Purpose: list the schema migrations already applied to this database (read by the start-up migration runner).
// Parameters: none.
// Example: cypher-shell -f cypher/admin/applied-migrations.cypher
MATCH (m:SchemaMigration)
RETURN m.version AS version, m.description AS description, m.checksum AS checksum, m.appliedAt AS appliedAt
ORDER BY version
