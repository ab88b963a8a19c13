package org.chainbreaker.ingest;

/**
 * An input that cannot be read past a point (a CSV record with broken quoting, bytes that are not UTF-8, a connection
 * cut): the line where the unreadable record starts and why. The rows before it are imported; the rest of the input is
 * not read, and the job says so.
 */
final class UnreadableInput extends RuntimeException {

  private final long line;

  UnreadableInput(long line, String reason) {
    super(reason, null, false, false);
    this.line = line;
  }

  /** The physical line (1-based) where the unreadable record starts. */
  long line() {
    return line;
  }
}
