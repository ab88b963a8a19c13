// Purpose: webhooks — the record of delivery of alerts to case systems: every delivery of the given alerts (one per
//          configured endpoint) with its status, attempts, last error and the history of attempts, oldest first.
//          Also what the service's GET /alerts/{alertId}/deliveries answers. FAILED ones can be sent again with
//          POST /webhooks/deliveries/{id}/retry.
// Parameters: $alertIds (LIST<STRING>).
// Example: cypher-shell --param "alertIds => ['AL-TEST']" -f cypher/risk/webhook-deliveries.cypher
UNWIND $alertIds AS alertId
MATCH (d:WebhookDelivery {alertId: alertId})
OPTIONAL MATCH (d)-[:HAD_ATTEMPT]->(a:WebhookAttempt)
WITH d, a ORDER BY a.number
WITH d, collect(a {.*}) AS history
RETURN d {.id, .alertId, .endpoint, .status, .attempts, .retries, .createdAt, .nextAttemptAt, .lastAttemptAt,
          .lastStatusCode, .lastError, .deliveredAt} AS delivery, history
ORDER BY delivery.alertId, delivery.endpoint
