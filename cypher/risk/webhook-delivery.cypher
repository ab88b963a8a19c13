// Purpose: webhooks — one delivery by id with its history of attempts, oldest first.
// Parameters: $id (STRING).
// Example: cypher-shell --param "id => 'WD-TEST'" -f cypher/risk/webhook-delivery.cypher
MATCH (d:WebhookDelivery {id: $id})
OPTIONAL MATCH (d)-[:HAD_ATTEMPT]->(a:WebhookAttempt)
WITH d, a ORDER BY a.number
WITH d, collect(a {.*}) AS history
RETURN d {.id, .alertId, .endpoint, .status, .attempts, .retries, .createdAt, .nextAttemptAt, .lastAttemptAt,
          .lastStatusCode, .lastError, .deliveredAt} AS delivery, history
