// Purpose: demo loader — record the demo load's state (STARTED before the first write, COMPLETE after the last), so
//          a load interrupted by a crash is detected at the next start (and resumed: see mark-progress.cypher).
//          Starting a load forgets the progress of an earlier one.
// Parameters: $status (STRING) STARTED or COMPLETE; $seed (INTEGER); $scale (FLOAT).
// Example: :param status => 'STARTED'; :param seed => 20261124; :param scale => 1.0
MERGE (marker:DemoLoad)
SET marker.status = $status, marker.seed = $seed, marker.scale = $scale, marker.updatedAt = datetime()
FOREACH (starting IN CASE WHEN $status = 'STARTED' THEN [true] ELSE [] END |
  REMOVE marker.kind, marker.done)
