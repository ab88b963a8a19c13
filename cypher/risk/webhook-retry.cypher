// Purpose: webhooks — an operator sends a FAILED delivery again: it becomes PENDING, due at once, with a fresh round
//          of attempts (its history is kept and its attempt numbers continue). Other statuses are left unchanged.
// Parameters: $id (STRING, delivery id); $now (DATETIME).
// Example: cypher-shell --param "id => 'WD-TEST'" --param "now => datetime()" -f cypher/risk/webhook-retry.cypher
MATCH (d:WebhookDelivery {id: $id})
WITH d, d.status AS before
FOREACH (failed IN CASE WHEN before = 'FAILED' THEN [d] ELSE [] END |
  SET failed.status = 'PENDING', failed.nextAttemptAt = $now, failed.roundAttempts = 0,
      failed.retries = coalesce(failed.retries, 0) + 1, failed.retriedAt = $now)
RETURN before, d.endpoint AS endpoint
