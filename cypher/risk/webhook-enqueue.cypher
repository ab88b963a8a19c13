// Purpose: webhooks — record new alert deliveries in the outbox, one PENDING (:WebhookDelivery) per endpoint, due at
//          once; run in the transaction that raises the alerts (after risk/raise-alerts), so both commit together.
//          Idempotent: a delivery id is derived from (alert id, endpoint), so running it again adds nothing.
// Parameters: $deliveries (LIST<MAP> of {id, alertId, endpoint, payload}: payload is the JSON body to POST);
//             $now (DATETIME).
// Example: cypher-shell --param "deliveries => [{id: 'WD-TEST', alertId: 'AL-TEST', endpoint: 'case-a', payload: '{}'}]" --param "now => datetime()" -f cypher/risk/webhook-enqueue.cypher
UNWIND $deliveries AS delivery
MERGE (d:WebhookDelivery {id: delivery.id})
  ON CREATE SET d.alertId = delivery.alertId, d.endpoint = delivery.endpoint, d.payload = delivery.payload,
                d.status = 'PENDING', d.attempts = 0, d.roundAttempts = 0, d.retries = 0,
                d.createdAt = $now, d.nextAttemptAt = $now
RETURN d.id AS id
