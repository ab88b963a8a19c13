// Purpose: import — record how an import job ended: status (DONE, or FAILED with the error), counts, duration and
//          the first rejects (the full list is in the rejects file or the HTTP answer).
// Parameters: $id (STRING), $report (MAP) {status, error (or null), finishedAt (DATETIME), rowsRead, imported,
//             rejected, nodesCreated, relationshipsCreated, propertiesSet, batches, durationMs (INTEGER each),
//             rejectFiles (LIST<STRING>), rejectLines (LIST<INTEGER>), rejectColumns, rejectReasons (LIST<STRING>)}.
// Example: cypher-shell --param "id => 'IJ-TEST'" --param "report => {status: 'DONE', error: null, finishedAt: datetime(), rowsRead: 0, imported: 0, rejected: 0, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, batches: 0, durationMs: 0, rejectFiles: [], rejectLines: [], rejectColumns: [], rejectReasons: []}" -f cypher/ingest/job-finish.cypher
MATCH (j:ImportJob {id: $id})
SET j += $report
RETURN j.id AS id
