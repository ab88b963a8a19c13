// Purpose: risk alerts — one page of the alerts matching a filter, highest score first (newest first among equal
//          scores), with how many match in all.
// Parameters:
//   $status    STRING   NEW, ACKNOWLEDGED, CONFIRMED or DISMISSED; null = any
//   $assignee  STRING   only alerts assigned to this investigator; null = any
//   $minScore  FLOAT    only alerts scoring at least this; null = any
//   $rule      STRING   only alerts on which this rule fired; null = any
//   $belowThreshold BOOLEAN  true: only alerts whose latest score is at or below the threshold; false: only those
//                      above it (the work queue); null = both
//   $since     STRING   ISO date or date-time: only alerts raised at or after it; null = open
//   $until     STRING   ISO date or date-time: only alerts raised before it; null = open
//   $offset    INTEGER  alerts to skip
//   $first     INTEGER  page size
// Returns one row: total (INTEGER), alerts (LIST<MAP>, as cypher/risk/alert.cypher).
// Example: cypher-shell --param "status => 'NEW'" --param "assignee => null" --param "minScore => 2.0"
//          --param "rule => null" --param "belowThreshold => false" --param "since => null" --param "until => null" --param "offset => 0"
//          --param "first => 20" -f cypher/risk/alerts.cypher
MATCH (a:Alert)
WHERE ($status IS NULL OR a.status = $status)
  AND ($assignee IS NULL OR a.assignee = $assignee)
  AND ($minScore IS NULL OR a.score >= $minScore)
  AND ($rule IS NULL OR $rule IN a.rules)
  AND ($belowThreshold IS NULL OR coalesce(a.belowThreshold, a.score <= a.threshold) = $belowThreshold)
  AND ($since IS NULL OR a.createdAt >= datetime($since))
  AND ($until IS NULL OR a.createdAt < datetime($until))
WITH a ORDER BY a.score DESC, a.createdAt DESC, a.id
WITH collect(a) AS matching
CALL (matching) {
  UNWIND matching[$offset..($offset + $first)] AS a
  RETURN collect(a {.id, .waybillNo, .score, .threshold, .status, .assignee, .createdAt, .updatedAt,
                    belowThreshold: coalesce(a.belowThreshold, a.score <= a.threshold),
                    hits: COLLECT { MATCH (a)-[:FIRED]->(h:RuleHit)
                                    RETURN h {.ruleId, .name, .weight, .reason} ORDER BY h.weight DESC, h.ruleId }})
         AS alerts
}
RETURN size(matching) AS total, alerts
