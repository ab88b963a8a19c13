package org.chainbreaker.demo;

import java.util.List;
import java.util.Map;
import org.chainbreaker.graph.CypherRunner;
import org.springframework.stereotype.Component;

/** Writes a generated network through the {@code cypher/demo/} scripts, in batches of bounded size. */
@Component
class DemoNetworkWriter {

  /** Rows per transaction: large enough to be fast, small enough to keep transaction state modest. */
  static final int BATCH = 5_000;

  private final CypherRunner runner;

  DemoNetworkWriter(CypherRunner runner) {
    this.runner = runner;
  }

  void write(DemoNetwork network) {
    for (String kind : DemoNetwork.KINDS) {
      List<Map<String, Object>> rows = network.rows(kind);
      for (int from = 0; from < rows.size(); from += BATCH) {
        runner.write("demo/" + kind, Map.of("rows", rows.subList(from, Math.min(rows.size(), from + BATCH))));
      }
    }
  }
}
