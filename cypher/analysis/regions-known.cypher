// Purpose: which of the given region codes exist in the catalogue (to tell an investigator about a mistyped code
//          instead of answering "no links").
// Parameters: $codes (LIST<STRING>) region codes.
// Returns one row per code: code (STRING), known (BOOLEAN).
// Example: cypher-shell --param "codes => ['530000', 'XX-99']" -f cypher/analysis/regions-known.cypher
UNWIND $codes AS code
RETURN code, EXISTS { MATCH (:Region {code: code}) } AS known
