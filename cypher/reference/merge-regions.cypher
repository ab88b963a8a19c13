// Purpose: merge the administrative region catalogue (GB/T 2260 codes plus foreign source regions) and its
//          PART_OF hierarchy. Idempotent: run at every start-up with the rows of regions/regions.csv.
// Parameters: $regions (LIST<MAP>) rows {code, name, nameEn, level, kind, parentCode}; parentCode null at the top.
// Example: :param regions => [{code:'CN', name:'中国', nameEn:'China', level:'COUNTRY', kind:'DOMESTIC', parentCode:null},
//                             {code:'530000', name:'云南省', nameEn:'Yunnan', level:'PROVINCE', kind:'DOMESTIC', parentCode:'CN'}]
UNWIND $regions AS row
MERGE (r:Region {code: row.code})
SET r:Entity, r.uid = 'Region/' + row.code, r.name = row.name, r.nameEn = row.nameEn, r.level = row.level, r.kind = row.kind
WITH count(*) AS merged
UNWIND $regions AS row
WITH row
WHERE row.parentCode IS NOT NULL
MATCH (r:Region {code: row.code}), (parent:Region {code: row.parentCode})
MERGE (r)-[:PART_OF]->(parent)
