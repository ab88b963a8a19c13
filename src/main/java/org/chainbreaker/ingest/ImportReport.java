package org.chainbreaker.ingest;

import java.util.List;

/**
 * What an import job did: counts of rows read, imported and rejected, of nodes and relationships created, its
 * duration, and the rejects (the first {@code chainbreaker.ingest.reported-rejects}; {@code rejected} counts all).
 *
 * @param status RUNNING, DONE (every row imported or rejected), FAILED (stopped early: {@code error} says why; an
 *     input unreadable from a line on — broken CSV quoting, bytes not UTF-8 — is read up to that line, its rows
 *     imported, the rest of it not read, and {@code error} starts with {@link #UNREADABLE}) or
 *     INTERRUPTED (no batch committed for a while: its process was killed; {@code error} says what to do)
 * @param rejectsFile where the CLI wrote every reject (null for HTTP and GraphQL)
 */
public record ImportReport(String jobId, String type, String source, String status, String error, List<String> files,
    String startedAt, String finishedAt, long durationMs, long rowsRead, long imported, long rejected,
    long nodesCreated, long relationshipsCreated, long propertiesSet, long batches, List<Reject> rejects,
    String rejectsFile) {

  /** How {@code error} starts when an input could not be read to its end (the client's file, not the service). */
  public static final String UNREADABLE = "unreadable input: ";

  /** Whether the job stopped because an input could not be read to its end (broken quoting, not UTF-8). */
  public boolean unreadableInput() {
    return "FAILED".equals(status) && error != null && error.startsWith(UNREADABLE);
  }

  /** Rows imported per second (0 for an instant job). */
  public double rowsPerSecond() {
    return durationMs == 0 ? 0 : imported * 1000.0 / durationMs;
  }
}
