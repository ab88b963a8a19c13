// Purpose: demo loader — is there data already, and did an earlier demo load start without finishing (and if so,
//          with which seed and scale, and how far it got: the kind being written and how many of its rows)?
// Parameters: none.
// Example: cypher-shell -f cypher/demo/load-status.cypher
OPTIONAL MATCH (marker:DemoLoad)
RETURN EXISTS { MATCH (:Person) } AS hasPersons, marker.status AS status, marker.seed AS seed, marker.scale AS scale,
       marker.kind AS kind, marker.done AS done
