package org.chainbreaker.ingest;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;

/**
 * The database failed while a batch was being written — the database itself (or a wait it gave up), not a row it
 * refused — so the job stops there: which lines of which input were being written, and how many of them had been
 * written one by one before it failed. The job's {@code error} is {@link #reason}; the database's own message (which
 * names locks, indexes, constraints and element ids) goes to the service log only.
 */
final class BatchWriteFailed extends RuntimeException {

  private final String file;
  private final long firstLine;
  private final long lastLine;
  private final int written;

  BatchWriteFailed(String file, long firstLine, long lastLine, int written, Neo4jException cause) {
    super("writing lines " + firstLine + " to " + lastLine + " of " + file + " failed", cause);
    this.file = file;
    this.firstLine = firstLine;
    this.lastLine = lastLine;
    this.written = written;
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
    String lines = firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + " to " + lastLine;
    String batch = written == 0 ? "That batch was not written"
        : "Of that batch, the " + written + " row(s) written one by one before the failure are kept, the rest not";
    // a lock held by another writer, a leader switch, a dropped connection: the same input again will likely go through
    String cause = database() instanceof RetryableException
        ? "The database was busy or out of reach for longer than the import waits (for instance another write held "
            + "what this one had to change): import the same input again"
        : "Import the same input again once the database works again";
    return "database error: the database failed while writing " + lines + " of " + file + ", so the import stopped "
        + "there. " + batch + "; the " + (imported - written) + " row(s) imported before it are kept, and nothing "
        + "after it was written. " + cause + " (rows already written are matched, not duplicated); the service log "
        + "has the database's own message under job " + jobId + ".";
  }
}
