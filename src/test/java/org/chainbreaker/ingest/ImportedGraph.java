package org.chainbreaker.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;

/** What one source system's imports wrote, read back for tests: counts, a fingerprint, and a clean-up. */
record ImportedGraph(Driver driver, String source) {

  /** Nodes and relationships created by this source's imports (provenance importSource), and its jobs. */
  Map<String, Long> counts() {
    return driver.executableQuery("""
        MATCH (n) WHERE n.importSource = $source
        WITH count(n) AS nodes
        OPTIONAL MATCH ()-[r]->() WHERE r.importSource = $source
        WITH nodes, count(r) AS relationships
        OPTIONAL MATCH (j:ImportJob {source: $source})
        RETURN nodes, relationships, count(j) AS jobs""").withParameters(Map.of("source", source)).execute()
        .records().get(0).asMap(value -> value.asLong());
  }

  /**
   * Every node and relationship this source created, with labels, endpoints and properties, sorted; without the
   * per-job provenance (importJob, importedAt), which legitimately differs between two runs, and without a shipment's
   * risk score (riskScore, riskRules, scoredAt), which scoring writes, not the import.
   */
  List<String> fingerprint() {
    List<String> lines = new ArrayList<>();
    driver.executableQuery("""
        MATCH (n) WHERE n.importSource = $source
        RETURN '(' + reduce(s = '', l IN labels(n) | s + ':' + l) AS head, properties(n) AS properties
        UNION ALL
        MATCH (a)-[r]->(b) WHERE r.importSource = $source
        RETURN a.uid + '-[:' + type(r) + ']->' + b.uid AS head, properties(r) AS properties""")
        .withParameters(Map.of("source", source)).execute().records().forEach(record -> {
          Map<String, Object> properties = new TreeMap<>(record.get("properties").asMap(value -> value.toString()));
          // which job and when differ between runs; the risk score is scoring's (in the background after each
          // batch, or by the sweep), not what the import wrote
          properties.keySet().removeAll(List.of("importJob", "importedAt", "riskScore", "riskRules", "scoredAt"));
          lines.add(record.get("head").asString() + " " + properties);
        });
    return lines.stream().sorted().toList();
  }

  /** Deletes everything this source's imports created, and its jobs. */
  void delete() {
    driver.executableQuery("MATCH (n) WHERE n.importSource = $source DETACH DELETE n")
        .withParameters(Map.of("source", source)).execute();
    driver.executableQuery("MATCH ()-[r]->() WHERE r.importSource = $source DELETE r")
        .withParameters(Map.of("source", source)).execute();
    driver.executableQuery("MATCH (j:ImportJob {source: $source}) DELETE j")
        .withParameters(Map.of("source", source)).execute();
  }
}
