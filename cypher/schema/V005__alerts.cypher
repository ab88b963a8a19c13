// Purpose: risk scoring and alerts — one RiskScore per scored shipment (found by waybill number; shipments without
//          one are the sweep's work), one Alert per shipment whose score passed the threshold (stable id), alerts
//          filtered by status, assignee and creation time, and rule hits found by rule id (per-rule precision).
// Parameters: none (schema statements, applied once at start-up by the migration runner, in file order).
// Example: cypher-shell -f cypher/schema/V005__alerts.cypher
CREATE CONSTRAINT risk_score_waybill IF NOT EXISTS FOR (n:RiskScore) REQUIRE n.waybillNo IS UNIQUE;
CREATE CONSTRAINT alert_id IF NOT EXISTS FOR (n:Alert) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT alert_waybill IF NOT EXISTS FOR (n:Alert) REQUIRE n.waybillNo IS UNIQUE;
CREATE INDEX alert_status IF NOT EXISTS FOR (n:Alert) ON (n.status);
CREATE INDEX alert_assignee IF NOT EXISTS FOR (n:Alert) ON (n.assignee);
CREATE INDEX alert_created_at IF NOT EXISTS FOR (n:Alert) ON (n.createdAt);
CREATE INDEX alert_score IF NOT EXISTS FOR (n:Alert) ON (n.score);
