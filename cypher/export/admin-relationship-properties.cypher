// Purpose: the property names and types of every relationship type, for the headers of the neo4j-admin import
//          files the bulk export writes. Scans the store once.
// Parameters: none
// Returns one row per relationship type and property: type (STRING, as ':`SENT`'), property (STRING, null for a
//          type without properties), types (LIST<STRING>: String, Long, Double, DateTime ...).
// Example: cypher-shell -f cypher/export/admin-relationship-properties.cypher
CALL db.schema.relTypeProperties() YIELD relType, propertyName, propertyTypes
RETURN relType AS type, propertyName AS property, propertyTypes AS types
