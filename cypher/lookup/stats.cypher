// Purpose: counts of the main entity kinds, for the dashboard and the stats query. Suspects are persons under suspicion: status SUSPECT, FUGITIVE or ARRESTED.
// Parameters: none.
// Example: cypher-shell -f cypher/lookup/stats.cypher
CALL () { MATCH (n:Person) RETURN count(n) AS persons }
CALL () { MATCH (n:Person) WHERE n.status IN ['SUSPECT', 'FUGITIVE', 'ARRESTED'] RETURN count(n) AS suspects }
CALL () { MATCH (n:Gang) RETURN count(n) AS gangs }
CALL () { MATCH (n:Shipment) RETURN count(n) AS shipments }
CALL () { MATCH (n:Address) RETURN count(n) AS addresses }
CALL () { MATCH (n:Region) RETURN count(n) AS regions }
CALL () { MATCH (n:Phone) RETURN count(n) AS phones }
CALL () { MATCH (n:Account) RETURN count(n) AS accounts }
CALL () { MATCH (n:Case) RETURN count(n) AS cases }
CALL () { MATCH (n:Seizure) RETURN count(n) AS seizures }
RETURN persons, suspects, gangs, shipments, addresses, regions, phones, accounts, cases, seizures
