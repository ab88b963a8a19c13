// Purpose: demo loader — delete one batch of what an interrupted demo load wrote (everything except the region
//          catalogue and the schema history); run repeatedly until it reports 0. Only used when the database held
//          nothing but the unfinished demo.
// Parameters: $batch (INTEGER) nodes per call.
// Example: :param batch => 10000
MATCH (n)
WHERE NOT n:Region AND NOT n:SchemaMigration AND NOT n:DemoLoad
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
