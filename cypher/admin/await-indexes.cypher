// Purpose: wait until every index is online (read by the start-up migration runner after it applied migrations, so
//          the first queries after an upgrade find the indexes a migration created; analysis scripts hint some).
// Parameters: $seconds INTEGER  how long to wait at most; the procedure fails when they are still populating then.
// Example: cypher-shell --param "seconds => 600" -f cypher/admin/await-indexes.cypher
CALL db.awaitIndexes($seconds)
