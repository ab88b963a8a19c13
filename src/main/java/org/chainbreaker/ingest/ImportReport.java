package org.chainbreaker.ingest;

import java.util.List;

/**
 * What an import job did: counts of rows read, imported and rejected, of nodes and relationships created, its
 * duration, and the rejects (the first {@code chainbreaker.ingest.reported-rejects}; {@code rejected} counts all).
 *
 * @param status RUNNING, DONE (every row imported or rejected), FAILED (stopped early: {@code error} says why) or
 *     INTERRUPTED (no batch committed for a while: its process was killed; {@code error} says what to do)
 * @param rejectsFile where the CLI wrote every reject (null for HTTP and GraphQL)
 */
public record ImportReport(String jobId, String type, String source, String status, String error, List<String> files,
    String startedAt, String finishedAt, long durationMs, long rowsRead, long imported, long rejected,
    long nodesCreated, long relationshipsCreated, long propertiesSet, long batches, List<Reject> rejects,
    String rejectsFile) {

  /** Rows imported per second (0 for an instant job). */
  public double rowsPerSecond() {
    return durationMs == 0 ? 0 : imported * 1000.0 / durationMs;
  }
}
