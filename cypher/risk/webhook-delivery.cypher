// Purpose: webhooks — one delivery by id with its history of attempts, oldest first.
// Parameters: $id (STRING).
// Example: cypher-shell --param "id => 'WD-TEST'" -f cypher/risk/webhook-delivery.cypher
MATCH (d:WebhookDelivery {id: $id})
// The delivery's fields are read before its attempts: an attempt and the status it sets commit together, and a read
// sees each commit as it lands (read committed, not one snapshot), so read in this order the history is never older
// than the status it explains.
WITH d, d {.id, .alertId, .endpoint, .status, .attempts, .retries, .createdAt, .nextAttemptAt, .lastAttemptAt,
           .lastStatusCode, .lastError, .deliveredAt} AS delivery
RETURN delivery, COLLECT { MATCH (d)-[:HAD_ATTEMPT]->(a:WebhookAttempt) RETURN a {.*} ORDER BY a.number } AS history
