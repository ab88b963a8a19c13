// Purpose: demo loader — record the demo load's progress (STARTED before the first write, COMPLETE after the last),
//          so a load interrupted by a crash is detected and redone at the next start.
// Parameters: $status (STRING) STARTED or COMPLETE; $seed (INTEGER); $scale (FLOAT).
// Example: :param status => 'STARTED'; :param seed => 20261124; :param scale => 1.0
MERGE (marker:DemoLoad)
SET marker.status = $status, marker.seed = $seed, marker.scale = $scale, marker.updatedAt = datetime()
