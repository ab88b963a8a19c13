// Purpose: webhooks — record one delivery attempt: a (:WebhookAttempt) in the delivery's history and the delivery's
//          new state (DELIVERED on a 2xx; else PENDING with the next attempt time, or FAILED after the last attempt).
// Parameters: $id (STRING, delivery id); $number (INTEGER, attempt number over the delivery's life); $at (DATETIME,
//             when it was sent); $url (STRING); $statusCode (INTEGER or null when no response); $error (STRING or
//             null); $durationMs (INTEGER); $status (STRING: PENDING, DELIVERED or FAILED); $nextAttemptAt (DATETIME
//             or null); $deliveredAt (DATETIME or null).
// Example: cypher-shell --param "id => 'WD-TEST'" --param "number => 1" --param "at => datetime()" --param "url => 'http://127.0.0.1:9/x'" --param "statusCode => 500" --param "error => 'HTTP 500'" --param "durationMs => 12" --param "status => 'PENDING'" --param "nextAttemptAt => datetime() + duration('PT10S')" --param "deliveredAt => null" -f cypher/risk/webhook-attempt.cypher
MATCH (d:WebhookDelivery {id: $id})
CREATE (d)-[:HAD_ATTEMPT]->(:WebhookAttempt {number: $number, at: $at, url: $url, statusCode: $statusCode,
                                             error: $error, durationMs: $durationMs})
SET d.attempts = $number, d.roundAttempts = coalesce(d.roundAttempts, 0) + 1, d.status = $status,
    d.lastAttemptAt = $at, d.lastStatusCode = $statusCode, d.lastError = $error,
    d.nextAttemptAt = CASE WHEN $status = 'PENDING' THEN $nextAttemptAt END, d.deliveredAt = $deliveredAt
RETURN d.status AS status
