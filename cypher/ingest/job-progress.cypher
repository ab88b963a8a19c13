// Purpose: import jobs — the running totals of a RUNNING job after each committed batch (live progress for
//          GET /import/jobs/{id}; updatedAt is the heartbeat that tells a running job from an interrupted one).
// Parameters: $id (STRING) the job id; $rowsRead, $imported, $rejected, $batches (INTEGER) totals so far;
//             $updatedAt (DATETIME) when the batch committed.
// Example: cypher-shell --param "id => 'IJ-20260301T101500Z-3f9a2c'" --param "rowsRead => 1000" --param "imported => 998" --param "rejected => 2" --param "batches => 1" --param "updatedAt => datetime()" -f cypher/ingest/job-progress.cypher
MATCH (j:ImportJob {id: $id})
WHERE j.status = 'RUNNING'
SET j.rowsRead = $rowsRead, j.imported = $imported, j.rejected = $rejected, j.batches = $batches,
    j.updatedAt = $updatedAt
RETURN j.id AS id
