package org.chainbreaker.ingest;

import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The database failed while a batch was being written — the database itself, a wait it gave up, or the write ended
 * from outside (timed out, terminated), not a row it refused — so the job stops there: which lines of which input were
 * being written, and how many of them had been written (or refused) one by one before it failed. The job's
 * {@code error} is {@link #reason}; the database's own message (which names locks, indexes, constraints and element
 * ids) goes to the service log only.
 */
final class BatchWriteFailed extends RuntimeException {

  private final String file;
  private final long firstLine;
  private final long lastLine;
  private final int written;
  private final int refused;

  BatchWriteFailed(String file, long firstLine, long lastLine, int written, int refused, Neo4jException cause) {
    super("writing lines " + firstLine + " to " + lastLine + " of " + file + " failed", cause);
    this.file = file;
    this.firstLine = firstLine;
    this.lastLine = lastLine;
    this.written = written;
    this.refused = refused;
  }

  /** What the database said, for the log. */
  Neo4jException database() {
    return (Neo4jException) getCause();
  }

  /**
   * The job's error for the user: what failed, what was written and what was not, what to do.
   *
   * @param imported the job's imported rows, those of this batch written one by one before the failure included
   */
  String reason(long imported, String jobId) {
    String lines = (firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + " to " + lastLine) + " of "
        + file;
    WriteFailure failure = WriteFailure.of(database());
    String what = switch (failure) {
      case TIMED_OUT -> "the database gave up writing " + lines + " when it took longer than one write may take";
      case ENDED -> "the database ended the write of " + lines + " before it finished";
      default -> "the database failed while writing " + lines;
    };
    String cause = switch (failure) {
      // a lock held by another writer, a leader switch, a dropped connection: the same input again will likely go
      // through
      case BUSY -> "The database was busy or out of reach for longer than the import waits (for instance another "
          + "write held what this one had to change): import the same input again";
      case TIMED_OUT -> "Nothing was wrong with its rows: one write may take at most the service's query timeout "
          + "(chainbreaker.graph.query-timeout), likely spent here waiting for another write to finish with what this "
          + "one had to change. Import the same input again once the database is less busy, or in smaller batches "
          + "(chainbreaker.ingest.batch-size)";
      case ENDED -> "Nothing was wrong with its rows: the write was ended from outside (by an administrator, for "
          + "running out of time while it waited for another write to finish with what it had to change, or by the "
          + "database stopping). Import the same input again";
      default -> "Import the same input again once the database works again";
    };
    return "database error: " + what + ", so the import stopped there. " + batch() + "; the " + (imported - written)
        + " row(s) imported before it are kept, and nothing after it was written. " + cause + " (rows already "
        + "written are matched, not duplicated); the service log has the database's own message under job " + jobId
        + ".";
  }

  /** What became of the batch's rows. */
  private String batch() {
    if (written == 0 && refused == 0) {
      return "That batch was not written";
    }
    String kept = written == 0 ? "" : "the " + written + " row(s) written one by one before the failure are kept";
    String rejected = refused == 0 ? "" : "the " + refused + " row(s) the database refused are rejected";
    return "Of that batch, " + kept + (kept.isEmpty() || rejected.isEmpty() ? "" : " and ") + rejected
        + ", the rest not written";
  }
}
