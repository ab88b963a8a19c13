package org.chainbreaker.demo;

import java.util.List;
import java.util.Map;
import org.chainbreaker.graph.CypherRunner;
import org.springframework.stereotype.Component;

/**
 * Writes a generated network through the {@code cypher/demo/} scripts, in batches of bounded size, each batch in one
 * transaction with the load's progress ({@code demo/mark-progress}), so an interrupted load can resume after the last
 * committed batch.
 */
@Component
class DemoNetworkWriter {

  /** Rows per transaction: large enough to be fast, small enough to keep transaction state modest. */
  static final int BATCH = 5_000;

  /** How far a load has got: the kind being written and how many of its rows are written (earlier kinds: all). */
  record Progress(String kind, long done) {

    /** Nothing written yet. */
    static final Progress NONE = new Progress(DemoNetwork.KINDS.get(0), 0);

    Progress {
      if (!DemoNetwork.KINDS.contains(kind) || done < 0) {
        throw new IllegalArgumentException("Not a demo load's progress: " + done + " rows of " + kind);
      }
    }
  }

  private final CypherRunner runner;

  DemoNetworkWriter(CypherRunner runner) {
    this.runner = runner;
  }

  /** Writes the network from {@code from} on: the kinds before its kind, and its first rows, are already written. */
  void write(DemoNetwork network, Progress from) {
    int first = DemoNetwork.KINDS.indexOf(from.kind());
    for (String kind : DemoNetwork.KINDS.subList(first, DemoNetwork.KINDS.size())) {
      List<Map<String, Object>> rows = network.rows(kind);
      int start = kind.equals(from.kind()) ? (int) Math.min(from.done(), rows.size()) : 0;
      for (int begin = start; begin < rows.size(); begin += BATCH) {
        List<Map<String, Object>> batch = rows.subList(begin, Math.min(rows.size(), begin + BATCH));
        long done = begin + batch.size();
        runner.writeTogether(tx -> {
          tx.run("demo/" + kind, Map.of("rows", batch));
          tx.run("demo/mark-progress", Map.of("kind", kind, "done", done));
          return done;
        });
      }
    }
  }
}
