// Purpose: import — record an import job as it starts: (:ImportJob:Entity {id, uid, type, source, files, status:
//          'RUNNING', startedAt}). A job left RUNNING was interrupted (the process stopped); re-run the import.
// Parameters: $id (STRING), $type (STRING, e.g. 'waybills'), $source (STRING, the source system), $files
//             (LIST<STRING>), $startedAt (DATETIME).
// Example: cypher-shell --param "id => 'IJ-TEST'" --param "type => 'waybills'" --param "source => 'manual'" --param "files => ['x.csv']" --param "startedAt => datetime()" -f cypher/ingest/job-start.cypher
CREATE (j:ImportJob:Entity {id: $id, uid: 'ImportJob/' + $id, type: $type, source: $source, files: $files,
                            status: 'RUNNING', startedAt: $startedAt})
RETURN j.id AS id
