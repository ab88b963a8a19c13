// Purpose: full-text search over person names and aliases, gang names, address texts and site names (Lucene syntax: fuzzy ~, wildcard *, phrases).
// Parameters: $text (STRING) the search text; $first (INTEGER) maximum hits.
// Example: :param text => '王伟'; :param first => 20
CALL db.index.fulltext.queryNodes('entity_text', $text, {limit: $first})
YIELD node, score
RETURN node, labels(node)[0] AS label, score
ORDER BY score DESC, coalesce(node.id, node.code) ASC
LIMIT $first
