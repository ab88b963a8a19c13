// Purpose: webhook outbox — one WebhookDelivery node per (alert, configured case-system endpoint), found by id; the
//          dispatcher looks up due deliveries by status and next attempt time; an alert's deliveries by alertId.
//          (V005 belongs to the risk rules and alerts.)
// Parameters: none (schema statements, applied once at start-up by the migration runner, in file order).
// Example: cypher-shell -f cypher/schema/V006__webhooks.cypher
CREATE CONSTRAINT webhook_delivery_id IF NOT EXISTS FOR (n:WebhookDelivery) REQUIRE n.id IS UNIQUE;
CREATE INDEX webhook_delivery_due IF NOT EXISTS FOR (n:WebhookDelivery) ON (n.status, n.nextAttemptAt);
CREATE INDEX webhook_delivery_alert IF NOT EXISTS FOR (n:WebhookDelivery) ON (n.alertId);
