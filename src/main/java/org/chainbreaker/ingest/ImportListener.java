package org.chainbreaker.ingest;

/** Follows an import as it runs: the CLI shows progress and writes the rejects file through it. */
public interface ImportListener {

  /** Nothing to follow. */
  ImportListener NONE = new ImportListener() {};

  /** After each committed batch (and once at the end of every input): the running totals. */
  default void progress(String file, long rowsRead, long imported, long rejected, long elapsedMs) {}

  /** Every rejected row, as it is rejected. */
  default void rejected(Reject reject) {}
}
