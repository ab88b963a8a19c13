package org.chainbreaker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReadAheadTests {

  static final String HEADER = "callerPhone,calleePhone,startedAt,durationSec";
  static final String GOOD = "17000000001,17000000002,2026-03-01T10:00:00+08:00,30";
  static final String BAD = "17000000001,17000000002,2026-02-30 10:00,30";

  static RowSource csv(String content) {
    return ImportFormat.CSV.open("calls.csv", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }

  static RowCheck check() {
    return new RowCheck(ImportType.CALLS, Set.of());
  }

  @Test
  void chunksHoldABatchOfRowsEachCheckedOrRejectedInInputOrder() {
    // 7 good rows with bad ones on lines 3 and 7, batches of 4: chunks of 4 outcomes, the last one partial
    List<String> lines = List.of(HEADER, GOOD, BAD, GOOD, GOOD, GOOD, BAD, GOOD, GOOD, GOOD);
    List<ReadAhead.Chunk> chunks = new ArrayList<>();
    try (RowSource rows = csv(String.join("\n", lines) + "\n");
        ReadAhead ahead = new ReadAhead("calls.csv", rows, check(), 4, 1).start()) {
      ReadAhead.Chunk chunk;
      do {
        chunk = ahead.next();
        chunks.add(chunk);
      } while (!chunk.last());
    }
    assertThat(chunks).extracting(chunk -> chunk.outcomes().stream().map(o -> o.checked() != null ? "ok" : "bad")
        .toList()).containsExactly(List.of("ok", "bad", "ok", "ok"), List.of("ok", "bad", "ok", "ok"), List.of("ok"));
    // every 4 rows, whatever they are: a file of bad rows only is handed over in pieces too, never held whole
    assertThat(chunks.stream().flatMap(chunk -> chunk.outcomes().stream())
        .map(o -> o.checked() != null ? o.checked().raw().line() : o.reject().line()).toList())
        .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.failure()).isNull());
  }

  @Test
  void whatStopsTheReadingComesAfterTheRowsReadBeforeIt() {
    RowSource failing = new RowSource() {
      final RowSource rows = csv(HEADER + "\n" + GOOD + "\n" + GOOD + "\n");
      boolean failed;

      @Override
      public List<String> columns() {
        return rows.columns();
      }

      @Override
      public boolean hasNext() {
        return !failed;
      }

      @Override
      public RawRow next() {
        if (rows.hasNext()) {
          return rows.next();
        }
        failed = true;
        throw new UncheckedIOException(new java.io.IOException("connection reset"));
      }

      @Override
      public void close() {
        rows.close();
      }
    };
    try (ReadAhead ahead = new ReadAhead("calls.csv", failing, check(), 10, 1).start()) {
      ReadAhead.Chunk chunk = ahead.next();
      assertThat(chunk.outcomes()).hasSize(2).allSatisfy(outcome -> assertThat(outcome.checked()).isNotNull());
      assertThat(chunk.failure()).isInstanceOf(UncheckedIOException.class).hasMessageContaining("connection reset");
      assertThat(chunk.last()).isTrue();
    }
  }

  @Test
  void aWriterThatGivesUpStopsTheReaderAndReadsNoMoreThanItsChunksAhead() throws InterruptedException {
    AtomicLong served = new AtomicLong();
    RowSource endless = new RowSource() {
      @Override
      public List<String> columns() {
        return List.of("callerPhone", "calleePhone", "startedAt", "durationSec");
      }

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public RawRow next() {
        long line = served.incrementAndGet() + 1;
        // values by canonical column name (Column.canonical: lower case)
        return new RawRow("endless.csv", line, java.util.Map.of("callerphone", line % 2 == 0 ? "17000000001" : "",
            "calleephone", "17000000002", "startedat", "2026-03-01T10:00:00+08:00", "durationsec", "30"), null);
      }

      @Override
      public void close() {
      }
    };
    ReadAhead ahead = new ReadAhead("endless.csv", endless, check(), 100, 2).start();
    ReadAhead.Chunk first = ahead.next();
    assertThat(first.outcomes()).hasSize(100);
    // half the rows are bad (no calling number): rejects do not hold the chunks back either
    assertThat(first.outcomes().stream().filter(outcome -> outcome.reject() != null)).hasSize(50);
    Thread.sleep(200);
    // memory stays bounded: one chunk taken, two waiting, and the reader holds at most one more in the making
    assertThat(served.get()).isLessThanOrEqualTo(4 * 100 + 1);
    ahead.close();
    assertThat(ahead.ended()).isTrue();
  }
}
