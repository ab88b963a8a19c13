// Purpose: demo loader — record, in the same transaction as a batch of the demo network, how far the load has got:
//          the kind of rows being written and how many of its rows are written. A load interrupted by a crash
//          resumes after the last committed batch (same seed and scale: the generator is deterministic).
// Parameters: $kind (STRING) the row kind, e.g. 'shipments'; $done (INTEGER) rows of that kind written so far.
// Example: :param kind => 'shipments'; :param done => 10000
MATCH (marker:DemoLoad)
SET marker.kind = $kind, marker.done = $done, marker.updatedAt = datetime()
