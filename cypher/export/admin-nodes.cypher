// Purpose: one page of entity nodes, each with its outgoing relationships, for the bulk export to neo4j-admin import
//          files. Pages go in entity-id order (the entity_uid index), so the next page starts where one ended and
//          memory stays flat whatever the store's size; every relationship comes once, with its start node. Service
//          bookkeeping nodes (no :Entity label, e.g. schema migrations) are not exported.
// Parameters:
//   $after  STRING   the last entity id of the previous page; '' for the first page
//   $batch  INTEGER  nodes per page
// Returns one row per node: uid (STRING), labels (LIST<STRING>), properties (MAP), relationships (LIST<MAP>: type,
//          target (the end node's entity id), properties).
// Example: cypher-shell --param "after => ''" --param "batch => 10" -f cypher/export/admin-nodes.cypher
MATCH (n:Entity)
WHERE n.uid > $after
WITH n ORDER BY n.uid
LIMIT $batch
RETURN n.uid AS uid, labels(n) AS labels, properties(n) AS properties,
       COLLECT { MATCH (n)-[r]->(b:Entity)
                 RETURN {type: type(r), target: b.uid, properties: properties(r)} } AS relationships
