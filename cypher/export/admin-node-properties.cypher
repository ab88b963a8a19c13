// Purpose: the property names and types of every node label, for the headers of the neo4j-admin import files the
//          bulk export writes (one file per label: `name:type` columns). Scans the store once.
// Parameters: none
// Returns one row per label combination and property: labels (LIST<STRING>), property (STRING, null for a label
//          combination without properties), types (LIST<STRING>: String, Long, Double, Boolean, DateTime,
//          StringArray ...).
// Example: cypher-shell -f cypher/export/admin-node-properties.cypher
CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName, propertyTypes
RETURN nodeLabels AS labels, propertyName AS property, propertyTypes AS types
