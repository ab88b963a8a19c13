package org.chainbreaker.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chainbreaker.graph.CypherRunner;
import org.chainbreaker.model.ImportedBatch;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The one import engine behind the CLI command, the HTTP endpoint and the GraphQL mutation: reads each input row by
 * row, checks every row before anything is written, and writes checked rows in batches, each batch one transaction.
 * A row the checks refuse — or, rarely, the database refuses — is rejected with file, line, column and reason and
 * written not at all; the rest still imports. Every write is a MERGE on the entity's key, so importing the same input
 * again, or again after an interruption, ends with the same graph.
 */
@Service
public class ImportEngine {

  private static final Logger log = LoggerFactory.getLogger(ImportEngine.class);
  private static final long PROGRESS_EVERY_MS = 1000;

  private final CypherRunner runner;
  private final IngestProperties properties;
  private final ImportJobs jobs;
  private final ApplicationEventPublisher events;

  ImportEngine(CypherRunner runner, IngestProperties properties, ApplicationEventPublisher events) {
    this.runner = runner;
    this.properties = properties;
    this.jobs = new ImportJobs(runner, properties.interruptedAfter());
    this.events = events;
  }

  /**
   * An engine outside the Spring context (the packaged application's import command). Nobody hears its
   * {@link ImportedBatch} events: a service sharing the database finds the new records by their state instead.
   */
  public static ImportEngine standalone(CypherRunner runner, IngestProperties properties) {
    return new ImportEngine(runner, properties, event -> { });
  }

  /** The settings this engine runs with. */
  public IngestProperties properties() {
    return properties;
  }

  /** A recorded job's report, if there is such a job. */
  public Optional<ImportReport> job(String id) {
    return jobs.find(id);
  }

  /**
   * Imports the inputs as rows of one type from one source system and returns the job's report (also recorded on
   * its ImportJob node). Never throws for bad rows or files; a job the database stops ends FAILED with the error.
   */
  public ImportReport run(ImportType type, String source, List<ImportInput> inputs, ImportListener listener) {
    OffsetDateTime startedAt = OffsetDateTime.now(ZoneOffset.UTC);
    String jobId = ImportJobs.newId(startedAt);
    List<String> files = inputs.stream().map(ImportInput::name).toList();
    jobs.start(jobId, type, source, files, startedAt);
    Run run = new Run(type, jobId,
        new BatchWriter(runner, type, new BatchWriter.Provenance(jobId, source, startedAt)), listener,
        System.nanoTime());
    String error = null;
    try {
      for (ImportInput input : inputs) {
        run.input(input);
      }
    } catch (BatchWriteFailed failed) {
      // the database's words name locks, indexes, constraints and element ids: they go to the log, not the job
      log.warn("Import job {} failed: {}; the database said ({}): {}", jobId, failed.getMessage(),
          failed.database().code(), failed.database().getMessage(), failed.database());
      error = failed.reason(run.imported, jobId);
    } catch (RuntimeException e) {
      log.warn("Import job {} failed", jobId, e);
      error = "internal error: the import stopped after " + run.imported + " row(s) imported (those are kept). "
          + "Import the same input again (rows already written are matched, not duplicated); should it stop again, "
          + "the service log has the details under job " + jobId + ".";
    }
    if (error == null && !run.unreadable.isEmpty()) {
      error = ImportReport.UNREADABLE + String.join("; ", run.unreadable);
    }
    OffsetDateTime finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
    ImportReport report = new ImportReport(jobId, type.label(), source, error == null ? "DONE" : "FAILED", error,
        files, startedAt.toString(), finishedAt.toString(), Duration.between(startedAt, finishedAt).toMillis(),
        run.read, run.imported, run.rejected, run.nodes, run.relationships, run.properties, run.batches,
        List.copyOf(run.rejects), null);
    try {
      jobs.finish(report, finishedAt);
    } catch (RuntimeException e) {
      log.warn("Import job {}: could not record its report", jobId, e);
    }
    return report;
  }

  /** One job's running state. */
  private final class Run {
    final ImportType type;
    final String jobId;
    final BatchWriter writer;
    final ImportListener listener;
    final long startNanos;
    final Set<String> regions = RegionCodes.catalogue();
    final List<Reject> rejects = new ArrayList<>();
    /** Per input read only up to a broken record: where and why (the job then ends FAILED). */
    final List<String> unreadable = new ArrayList<>();
    long read;
    long imported;
    long rejected;
    long nodes;
    long relationships;
    long properties;
    long batches;
    long lastProgress;

    Run(ImportType type, String jobId, BatchWriter writer, ImportListener listener, long startNanos) {
      this.type = type;
      this.jobId = jobId;
      this.writer = writer;
      this.listener = listener;
      this.startNanos = startNanos;
    }

    void input(ImportInput input) {
      RowCheck check = new RowCheck(type, regions);
      InputStream stream;
      try {
        stream = input.opener().open();
      } catch (IOException e) {
        reject(new Reject(input.name(), 0, "*", "cannot read: " + e.getMessage()));
        return;
      }
      try (RowSource rows = input.format().open(input.name(), stream)) {
        Reject header = check.header(input.name(), rows.headerLine(), rows.columns());
        if (header != null) {
          reject(header);
          return;
        }
        int batchSize = ImportEngine.this.properties.batchSize();
        List<RowCheck.Checked> batch = new ArrayList<>(batchSize);
        try (ReadAhead ahead = new ReadAhead(input.name(), rows, check, batchSize, 2).start()) {
          ReadAhead.Chunk chunk;
          do {
            chunk = ahead.next();
            for (RowCheck.Outcome outcome : chunk.outcomes()) {
              read++;
              if (outcome.reject() != null) {
                reject(outcome.reject());
              } else {
                batch.add(outcome.checked());
                if (batch.size() == batchSize) {
                  write(batch, input.name());
                  batch = new ArrayList<>(batchSize);
                }
              }
            }
            if (chunk.failure() != null) {
              // the rows checked before the failure are good: they are written, never silently dropped
              if (!batch.isEmpty()) {
                write(batch, input.name());
                batch = new ArrayList<>(batchSize);
              }
              throw chunk.failure();
            }
          } while (!chunk.last());
        }
        if (!batch.isEmpty()) {
          write(batch, input.name());
        }
      } catch (ImportRefused refused) {
        reject(new Reject(input.name(), 1, "*", refused.getMessage()));
      } catch (UnreadableInput broken) {
        // After a broken record nobody can tell where the next one starts: the rest of this input is not read. The
        // broken record counts as read and rejected, so rowsRead = imported + rejected still holds.
        read++;
        String reason = broken.getMessage() + "; the rest of the file was not read";
        reject(new Reject(input.name(), broken.line(), "*", reason));
        unreadable.add(input.name() + ": " + reason);
      }
      listener.progress(input.name(), read, imported, rejected, elapsedMs());
    }

    private void write(List<RowCheck.Checked> batch, String file) {
      List<RowCheck.Checked> committed = new ArrayList<>(batch.size());
      List<Reject> refusals = new ArrayList<>();
      try {
        writeOrRefuse(batch, committed, refusals);
      } catch (Neo4jException failed) {
        // not a row the database refused: the database failed, gave up waiting or was stopped, and the job stops here;
        // the rows it refused before that were refused for values of their own, and are rejected as such
        refusals.forEach(this::reject);
        announce(committed);
        throw new BatchWriteFailed(file, batch.get(0).raw().line(), batch.get(batch.size() - 1).raw().line(),
            committed.size(), refusals.size(), failed);
      }
      refusals.forEach(this::reject);
      announce(committed);
      long now = elapsedMs();
      if (now - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = now;
        listener.progress(file, read, imported, rejected, now);
      }
    }

    /**
     * Writes the batch in one transaction, or, when the database refuses a value of one of its rows, its rows one by
     * one, refusing only those it refuses; adds the rows that committed to {@code committed} and the refused ones to
     * {@code refusals}. Any other error of the database (the write timed out, was terminated, the database is busy or
     * failing), on the batch or on a row of it, is thrown: it says nothing about the rows, and writing them one by one
     * would only fail again, each after as long a wait.
     */
    private void writeOrRefuse(List<RowCheck.Checked> batch, List<RowCheck.Checked> committed,
        List<Reject> refusals) {
      try {
        count(writer.write(batch, progress(batch.size())), batch.size());
        committed.addAll(batch);
      } catch (Neo4jException refused) {
        if (WriteFailure.of(refused) != WriteFailure.ROW_REFUSED) {
          throw refused;
        }
        // Some row broke a database rule the checks do not know (an ID number already on another person, a value
        // too large for an index): write the batch's rows one by one, so only that row is rejected.
        for (RowCheck.Checked row : batch) {
          try {
            count(writer.write(List.of(row), progress(1)), 1);
            committed.add(row);
          } catch (Neo4jException rowRefused) {
            if (WriteFailure.of(rowRefused) != WriteFailure.ROW_REFUSED) {
              throw rowRefused;
            }
            // the database's words name indexes and element ids: they go to the log, the reject stays generic
            log.warn("Import job {}: the database refused {} line {} ({}): {}", jobId, row.raw().file(),
                row.raw().line(), rowRefused.code(), firstLine(rowRefused.getMessage()));
            refusals.add(new Reject(row.raw().file(), row.raw().line(), "*", "refused by the database: a value of "
                + "this row breaks a rule of the database (such as an ID number already on another person); the "
                + "service log has the details (job " + jobId + ")"));
          }
        }
        if (committed.isEmpty() && batch.size() > 1 && refused instanceof DatabaseException) {
          // every row refused for the database's generic failure of a statement: the database is failing, not the rows
          refusals.clear();
          throw refused;
        }
      }
    }

    /** The job's totals once a transaction writing {@code rows} more rows commits (recorded in that transaction). */
    private Map<String, Object> progress(int rows) {
      return ImportJobs.progress(jobId, read, imported + rows, rejected, batches + 1);
    }

    /** Tells the rest of the service which records just committed (a failing listener does not fail the import). */
    private void announce(List<RowCheck.Checked> committed) {
      if (committed.isEmpty()) {
        return;
      }
      List<String> keys = type.keyColumn() == null ? List.of()
          : committed.stream().map(row -> row.text(type.keyColumn())).toList();
      try {
        events.publishEvent(new ImportedBatch(type.label(), jobId, keys));
      } catch (RuntimeException e) {
        log.warn("Import job {}: a listener failed on a committed batch", jobId, e);
      }
    }

    private void count(BatchWriter.Written written, int rows) {
      batches++;
      imported += rows;
      nodes += written.nodesCreated();
      relationships += written.relationshipsCreated();
      properties += written.propertiesSet();
    }

    private void reject(Reject reject) {
      rejected++;
      if (rejects.size() < ImportEngine.this.properties.reportedRejects()) {
        rejects.add(reject);
      }
      listener.rejected(reject);
    }

    private long elapsedMs() {
      return (System.nanoTime() - startNanos) / 1_000_000;
    }
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
