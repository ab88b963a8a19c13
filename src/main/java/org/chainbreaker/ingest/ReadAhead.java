package org.chainbreaker.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads and checks an input's rows on a thread of its own, a batch ahead of the writer: while the database writes one
 * batch, the next one is parsed and checked. Hands over {@link Chunk}s in input order, each the outcomes (checked rows
 * and rejects) of up to a batch's number of rows, and at most {@code ahead} of them waiting, so memory stays bounded
 * whatever the input's size, however many of its rows are bad. Counting, rejecting and writing stay on the caller's
 * thread, in input order.
 */
final class ReadAhead implements AutoCloseable {

  /** Outcomes in input order; {@code failure}: what stopped the reading (rethrown by the caller), after them. */
  record Chunk(List<RowCheck.Outcome> outcomes, RuntimeException failure, boolean last) {}

  private static final long STOP_WAIT_MS = 5_000;

  private final BlockingQueue<Chunk> chunks;
  private final Thread reader;
  private volatile boolean stopped;

  ReadAhead(String name, RowSource rows, RowCheck check, int batchSize, int ahead) {
    this.chunks = new ArrayBlockingQueue<>(ahead);
    this.reader = new Thread(() -> {
      List<RowCheck.Outcome> outcomes = new ArrayList<>(batchSize);
      try {
        while (!stopped && rows.hasNext()) {
          outcomes.add(check.check(rows.next()));
          if (outcomes.size() == batchSize) {
            chunks.put(new Chunk(outcomes, null, false));
            outcomes = new ArrayList<>(batchSize);
          }
        }
        chunks.put(new Chunk(outcomes, null, true));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // stopped by close(): nobody takes chunks any more
      } catch (RuntimeException e) {
        offerLast(new Chunk(outcomes, e, true));
      } catch (Error e) {
        // the writer must not wait for ever for a last chunk
        offerLast(new Chunk(outcomes, new IllegalStateException("reading the input failed: " + e, e), true));
        throw e;
      }
    }, "import-read-ahead " + name);
    reader.setDaemon(true);
  }

  /** Starts reading. */
  ReadAhead start() {
    reader.start();
    return this;
  }

  /** The next chunk, waiting for the reader; the last one says so. */
  Chunk next() {
    try {
      return chunks.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the import input", e);
    }
  }

  private void offerLast(Chunk chunk) {
    try {
      chunks.put(chunk);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the reader (if the writer gave up early) and waits for it, so the input can be closed after. */
  @Override
  public void close() {
    stopped = true;
    reader.interrupt();
    try {
      reader.join(STOP_WAIT_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** For tests: whether the reader thread has ended. */
  boolean ended() {
    return !reader.isAlive();
  }
}
