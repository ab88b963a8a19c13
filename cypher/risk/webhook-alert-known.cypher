// Purpose: webhooks — whether an alert id is known (an Alert node), so a request for the deliveries of an id that
//          has none can say "unknown alert" rather than answer an empty list.
// Parameters: $alertId (STRING).
// Example: cypher-shell --param "alertId => 'AL-TEST'" -f cypher/risk/webhook-alert-known.cypher
OPTIONAL MATCH (a:Alert {id: $alertId})
RETURN a IS NOT NULL AS known
