// Purpose: webhooks — deliveries that ended FAILED (every attempt of their round failed), newest first: what an
//          operator checks after a case system's outage, then sends again with POST /webhooks/deliveries/{id}/retry.
// Parameters: $limit (INTEGER).
// Example: cypher-shell --param "limit => 100" -f cypher/risk/webhook-failed.cypher
MATCH (d:WebhookDelivery {status: 'FAILED'})
RETURN d.id AS id, d.alertId AS alertId, d.endpoint AS endpoint, d.attempts AS attempts,
       d.lastAttemptAt AS lastAttemptAt, d.lastStatusCode AS lastStatusCode, d.lastError AS lastError
ORDER BY lastAttemptAt DESC
LIMIT $limit
