package org.chainbreaker.ingest;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.chainbreaker.graph.CypherRunner;
import org.neo4j.driver.Value;

/**
 * Import jobs as the graph records them: an {@code ImportJob} node per run, created RUNNING when it starts, given its
 * running totals after every committed batch and its report when it ends, found again by id
 * ({@code GET /import/jobs/{id}}, GraphQL {@code importJob(id)}). A RUNNING job that has committed nothing for longer
 * than {@code chainbreaker.ingest.interrupted-after} is reported INTERRUPTED: its process was killed (the job node
 * cannot say so itself) and the input should be imported again — which, every write being a MERGE, is safe.
 */
final class ImportJobs {

  private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private final CypherRunner runner;
  private final Duration interruptedAfter;

  ImportJobs(CypherRunner runner, Duration interruptedAfter) {
    this.runner = runner;
    this.interruptedAfter = interruptedAfter;
  }

  /** A new job id: {@code IJ-20260301T101500Z-3f9a2c} (start time in UTC, then random). */
  static String newId(OffsetDateTime startedAt) {
    return "IJ-" + ID_TIME.format(startedAt.withOffsetSameInstant(ZoneOffset.UTC))
        + "-" + String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24));
  }

  void start(String id, ImportType type, String source, List<String> files, OffsetDateTime startedAt) {
    runner.write("ingest/job-start", Map.of("id", id, "type", type.label(), "source", source, "files", files,
        "startedAt", startedAt));
  }

  /**
   * The parameters of {@code ingest/job-progress}: the running totals after a batch, live progress for whoever fetches
   * the job, and its heartbeat. Written in the batch's own transaction (see {@link BatchWriter#write}).
   */
  static Map<String, Object> progress(String id, long rowsRead, long imported, long rejected, long batches) {
    return Map.of("id", id, "rowsRead", rowsRead, "imported", imported, "rejected", rejected, "batches", batches,
        "updatedAt", OffsetDateTime.now(ZoneOffset.UTC));
  }

  void finish(ImportReport report, OffsetDateTime finishedAt) {
    Map<String, Object> values = new HashMap<>();
    values.put("status", report.status());
    values.put("error", report.error());
    values.put("finishedAt", finishedAt);
    values.put("durationMs", report.durationMs());
    values.put("rowsRead", report.rowsRead());
    values.put("imported", report.imported());
    values.put("rejected", report.rejected());
    values.put("nodesCreated", report.nodesCreated());
    values.put("relationshipsCreated", report.relationshipsCreated());
    values.put("propertiesSet", report.propertiesSet());
    values.put("batches", report.batches());
    values.put("rejectFiles", report.rejects().stream().map(Reject::file).toList());
    values.put("rejectLines", report.rejects().stream().map(Reject::line).toList());
    values.put("rejectColumns", report.rejects().stream().map(Reject::column).toList());
    values.put("rejectReasons", report.rejects().stream().map(Reject::reason).toList());
    runner.write("ingest/job-finish", Map.of("id", report.jobId(), "report", values));
  }

  /** The job's report as recorded; RUNNING only while it still commits batches, else INTERRUPTED. */
  Optional<ImportReport> find(String id) {
    return runner.readOne("ingest/job", Map.of("id", id), record -> report(record.get("job")));
  }

  private ImportReport report(Value job) {
    List<Reject> rejects = new ArrayList<>();
    List<Object> files = job.get("rejectFiles").isNull() ? List.of() : job.get("rejectFiles").asList();
    for (int i = 0; i < files.size(); i++) {
      rejects.add(new Reject((String) files.get(i), job.get("rejectLines").get(i).asLong(),
          job.get("rejectColumns").get(i).asString(), job.get("rejectReasons").get(i).asString()));
    }
    String status = job.get("status").asString();
    String error = job.get("error").asString(null);
    Value heartbeat = job.get("updatedAt").isNull() ? job.get("startedAt") : job.get("updatedAt");
    if ("RUNNING".equals(status) && heartbeat.asZonedDateTime().toOffsetDateTime().plus(interruptedAfter)
        .isBefore(OffsetDateTime.now(ZoneOffset.UTC))) {
      status = "INTERRUPTED";
      error = "no batch committed since " + time(heartbeat) + ": the import was stopped before its end; "
          + "import the same input again (rows already written are matched, not duplicated)";
    }
    return new ImportReport(job.get("id").asString(), job.get("type").asString(), job.get("source").asString(),
        status, error,
        job.get("files").asList(Value::asString), time(job.get("startedAt")), time(job.get("finishedAt")),
        job.get("durationMs").asLong(0), job.get("rowsRead").asLong(0), job.get("imported").asLong(0),
        job.get("rejected").asLong(0), job.get("nodesCreated").asLong(0), job.get("relationshipsCreated").asLong(0),
        job.get("propertiesSet").asLong(0), job.get("batches").asLong(0), rejects, null);
  }

  private static String time(Value value) {
    return value.isNull() ? null : value.asZonedDateTime().toOffsetDateTime().toString();
  }
}
