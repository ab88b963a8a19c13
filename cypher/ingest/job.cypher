// Purpose: import — one import job with its report, as recorded by job-start and job-finish.
// Parameters: $id (STRING).
// Example: cypher-shell --param "id => 'IJ-TEST'" -f cypher/ingest/job.cypher
MATCH (j:ImportJob {id: $id})
RETURN j {.*} AS job
