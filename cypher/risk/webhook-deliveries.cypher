// Purpose: webhooks — the record of delivery of alerts to case systems: every delivery of the given alerts (one per
//          configured endpoint) with its status, attempts, last error and the history of attempts, oldest first.
//          Also what the service's GET /alerts/Alert/{waybillNo}/deliveries answers. FAILED ones can be sent again with
//          POST /webhooks/deliveries/{id}/retry.
// Parameters: $alertIds (LIST<STRING>).
// Example: cypher-shell --param "alertIds => ['AL-TEST']" -f cypher/risk/webhook-deliveries.cypher
UNWIND $alertIds AS alertId
// The delivery's fields are read before its attempts: an attempt and the status it sets commit together, and a read
// sees each commit as it lands (read committed, not one snapshot), so read in this order the history is never older
// than the status it explains.
MATCH (d:WebhookDelivery {alertId: alertId})
WITH d, d {.id, .alertId, .endpoint, .status, .attempts, .retries, .createdAt, .nextAttemptAt, .lastAttemptAt,
           .lastStatusCode, .lastError, .deliveredAt} AS delivery
RETURN delivery, COLLECT { MATCH (d)-[:HAD_ATTEMPT]->(a:WebhookAttempt) RETURN a {.*} ORDER BY a.number } AS history
ORDER BY delivery.alertId, delivery.endpoint
