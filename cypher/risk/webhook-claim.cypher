// Purpose: webhooks — the dispatcher takes the due PENDING deliveries of one endpoint, oldest first, and leases them:
//          nextAttemptAt moves to $leaseUntil, so no other sweep sends them meanwhile, and a delivery whose sender
//          stopped mid-way (a crash) is due again when the lease ends.
// Parameters: $endpoint (STRING, the endpoint's name); $now (DATETIME); $leaseUntil (DATETIME); $limit (INTEGER).
// Example: cypher-shell --param "endpoint => 'case-a'" --param "now => datetime()" --param "leaseUntil => datetime() + duration('PT1M')" --param "limit => 10" -f cypher/risk/webhook-claim.cypher
MATCH (d:WebhookDelivery)
WHERE d.status = 'PENDING' AND d.nextAttemptAt <= $now AND d.endpoint = $endpoint
WITH d ORDER BY d.nextAttemptAt LIMIT $limit
SET d.nextAttemptAt = $leaseUntil
RETURN d.id AS id, d.alertId AS alertId, d.payload AS payload, d.attempts AS attempts,
       d.roundAttempts AS roundAttempts
