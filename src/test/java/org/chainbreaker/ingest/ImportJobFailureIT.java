package org.chainbreaker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.chainbreaker.graph.CypherRunner;
import org.chainbreaker.graph.EmbeddedNeo4j;
import org.chainbreaker.graph.GraphProperties;
import org.chainbreaker.ingest.ImportIT.Waybills;
import org.chainbreaker.testing.ChainbreakerTest;
import org.chainbreaker.testing.GraphQlOverHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An import job the database stops (not a row it refuses): what the job's error tells the user, that the database's
 * own message goes to the service log instead, and that a write ended from outside (terminated, out of time) is never
 * taken for rows breaking a rule of the database.
 */
@ChainbreakerTest
@ExtendWith(OutputCaptureExtension.class)
class ImportJobFailureIT {

  static final String SOURCE = "job-failure-it";

  @LocalServerPort
  int port;
  @Autowired
  Driver driver;
  @Autowired
  EmbeddedNeo4j embedded;
  @Autowired
  ImportEngine engine;

  @AfterEach
  void cleanUp() {
    new ImportedGraph(driver, SOURCE).delete();
  }

  /**
   * The embedded database's configuration: {@code db.lock.acquisition.timeout} is a dynamic setting, but the procedure
   * that sets one ({@code dbms.setConfigValue}) is Enterprise-only, so the test sets it in-process as that procedure
   * would.
   */
  Config config() {
    return embedded.database().getDependencyResolver().resolveDependency(Config.class);
  }

  @Test
  void aJobTheDatabaseStopsSaysWhatWasWrittenAndWhatToDoAndLogsTheDatabasesOwnMessage(CapturedOutput log) {
    String csv = String.join("\n", Waybills.HEADER,
        Waybills.row("JF1700000000001", "17066660001", "530102", "2026-03-01 10:00", "1.5"),
        Waybills.row("JF1700000000002", "17066660002", "530102", "2026-03-01 10:00", "1.5")) + "\n";
    // Another writer creates the first waybill's shipment and keeps its transaction open: the import waits on the
    // Shipment key. With a lock wait of 1 s the database gives up (a transient error); the driver retries the batch
    // for 30 s, then the job fails — as it would behind a long-running write elsewhere.
    Duration lockTimeout = config().get(GraphDatabaseSettings.lock_acquisition_timeout);
    config().setDynamic(GraphDatabaseSettings.lock_acquisition_timeout, Duration.ofSeconds(1), "ImportJobFailureIT");
    JsonNode report;
    try (Session session = driver.session(); Transaction other = session.beginTransaction()) {
      other.run("CREATE (:Shipment:Entity {waybillNo: 'JF1700000000001', uid: 'Shipment/JF1700000000001', "
          + "importSource: $source})", Map.of("source", SOURCE)).consume();
      EntityExchangeResult<byte[]> answer = GraphQlOverHttp.web(port).post()
          .uri("/import/waybills?source={s}&name=held.csv", SOURCE).contentType(MediaType.parseMediaType("text/csv"))
          .bodyValue(csv.getBytes(StandardCharsets.UTF_8)).exchange().expectBody().returnResult();
      other.rollback();
      assertThat(answer.getStatus().value()).as("the database failed mid-job").isEqualTo(503);
      report = JsonMapper.builder().build().readTree(answer.getResponseBody());
    } finally {
      config().setDynamic(GraphDatabaseSettings.lock_acquisition_timeout, lockTimeout, "ImportJobFailureIT");
    }

    String jobId = report.get("jobId").asString();
    String error = report.get("error").asString();
    assertThat(report.get("status").asString()).isEqualTo("FAILED");
    assertThat(report.get("imported").asLong()).isZero();
    assertThat(error).as("what failed, what was written, what to do")
        .startsWith("database error: the database failed while writing lines 2 to 3 of held.csv, so the import "
            + "stopped there. That batch was not written; the 0 row(s) imported before it are kept, and nothing "
            + "after it was written. The database was busy or out of reach")
        .contains("import the same input again (rows already written are matched, not duplicated)")
        .endsWith("the service log has the database's own message under job " + jobId + ".");
    assertThat(error).as("none of the database's own words: its lock, resource and setting names, ids, codes")
        .doesNotContainIgnoringCase("lock").doesNotContain("NODE", "INDEX", "Shipment", "waybillNo", "millis",
            "Neo.", "transaction");
    // the job as recorded, queried like any job
    GraphQlOverHttp.tester(port).document("query($id: ID!) { importJob(id: $id) { status error imported } }")
        .variable("id", jobId).execute().errors().verify()
        .path("importJob.status").entity(String.class).isEqualTo("FAILED")
        .path("importJob.error").entity(String.class).isEqualTo(error)
        .path("importJob.imported").entity(Long.class).isEqualTo(0L);
    // the database's message is in the service log, at WARN, with the job id
    assertThat(log.getAll()).containsPattern("WARN .*Import job " + jobId + " failed: writing lines 2 to 3 of "
        + "held.csv failed; the database said \\(Neo\\.TransientError\\.Transaction\\.[A-Za-z]+\\): ");
    assertThat(driver.executableQuery("MATCH (s:Shipment) WHERE s.waybillNo STARTS WITH 'JF17' RETURN count(s) AS n")
        .execute().records().get(0).get("n").asLong()).as("nothing of the batch was written").isZero();

    // what the error says to do works: the same input again
    GraphQlOverHttp.web(port).post().uri("/import/waybills?source={s}&name=held.csv", SOURCE)
        .contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv.getBytes(StandardCharsets.UTF_8))
        .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("DONE")
        .jsonPath("$.imported").isEqualTo(2);
  }

  static final String TWO_WAYBILLS = String.join("\n", Waybills.HEADER,
      Waybills.row("JF1700000000011", "17066660011", "530102", "2026-03-01 10:00", "1.5"),
      Waybills.row("JF1700000000012", "17066660012", "530102", "2026-03-01 10:00", "1.5")) + "\n";

  /** The waybills of these tests in the graph (JF17000000000..). */
  long shipmentsWritten() {
    return driver.executableQuery("MATCH (s:Shipment) WHERE s.waybillNo STARTS WITH 'JF17000000000' "
        + "RETURN count(s) AS n").execute().records().get(0).get("n").asLong();
  }

  /** Another writer's open transaction holding a waybill's Shipment key: the import's write of it waits. */
  static Transaction holdShipment(Session session, String waybillNo) {
    Transaction other = session.beginTransaction();
    other.run("CREATE (:Shipment:Entity {waybillNo: $no, uid: 'Shipment/' + $no, importSource: $source})",
        Map.of("no", waybillNo, "source", SOURCE)).consume();
    return other;
  }

  /**
   * Posts the CSV to the import endpoint and, while the import runs, terminates every write waiting for another's lock
   * ({@code TERMINATE TRANSACTION}, as an administrator ending a stuck import would); adds the ids of those it
   * terminated to {@code terminated}.
   */
  EntityExchangeResult<byte[]> importTerminatingWaitingWrites(String csv, Set<String> terminated)
      throws InterruptedException, ExecutionException {
    CompletableFuture<EntityExchangeResult<byte[]>> answer = CompletableFuture.supplyAsync(() -> GraphQlOverHttp
        .web(port).post().uri("/import/waybills?source={s}&name=ended.csv", SOURCE)
        .contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv.getBytes(StandardCharsets.UTF_8))
        .exchange().expectBody().returnResult());
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      List<String> waiting = driver.executableQuery("SHOW TRANSACTIONS YIELD transactionId, status "
          + "WHERE status STARTS WITH 'Blocked' RETURN transactionId").execute().records().stream()
          .map(record -> record.get("transactionId").asString()).toList();
      if (!waiting.isEmpty()) {
        terminated.addAll(waiting);
        driver.executableQuery("TERMINATE TRANSACTIONS $ids").withParameters(Map.of("ids", waiting)).execute();
      }
      try {
        return answer.get(50, TimeUnit.MILLISECONDS);
      } catch (TimeoutException stillRunning) {
        // poll again
      }
    }
    throw new AssertionError("the import did not answer within 60 s");
  }

  @Test
  void aBatchWhoseWriteIsTerminatedStopsTheJobAndRejectsNoneOfItsRows(CapturedOutput log) throws Exception {
    // The first waybill's shipment is held by another writer: the batch waits for it and is terminated while it waits.
    // Its rows broke no rule: none may be rejected as if it had, nor written again one by one.
    Set<String> terminated = new LinkedHashSet<>();
    EntityExchangeResult<byte[]> answer;
    try (Session session = driver.session(); Transaction other = holdShipment(session, "JF1700000000011")) {
      answer = importTerminatingWaitingWrites(TWO_WAYBILLS, terminated);
      other.rollback();
    }
    assertThat(answer.getStatus().value()).as("the job stopped").isEqualTo(503);
    JsonNode report = JsonMapper.builder().build().readTree(answer.getResponseBody());
    String jobId = report.get("jobId").asString();
    String error = report.get("error").asString();
    assertThat(report.get("status").asString()).isEqualTo("FAILED");
    assertThat(report.get("rejected").asLong()).as("no row breaks a rule of the database").isZero();
    assertThat(report.get("rejects")).isEmpty();
    assertThat(report.get("imported").asLong()).isZero();
    assertThat(terminated).as("the batch's write, terminated once: its rows were not written one by one")
        .hasSize(1);
    assertThat(error).as("what happened, what was written, what to do")
        .startsWith("database error: the database ended the write of lines 2 to 3 of ended.csv before it finished, "
            + "so the import stopped there. That batch was not written; the 0 row(s) imported before it are kept, and "
            + "nothing after it was written. Nothing was wrong with its rows: the write was ended from outside")
        .contains("Import the same input again (rows already written are matched, not duplicated)")
        .endsWith("the service log has the database's own message under job " + jobId + ".")
        .doesNotContain("breaks a rule", "Neo.", "transaction", "Terminated");
    assertThat(log.getAll()).containsPattern("WARN .*Import job " + jobId + " failed: writing lines 2 to 3 of "
        + "ended.csv failed; the database said \\(Neo\\.ClientError\\.Transaction\\.LockClientStopped\\): ");
    assertThat(shipmentsWritten()).as("nothing of the batch was written").isZero();
  }

  @Test
  void aRowWhoseOwnWriteIsTerminatedStopsTheJobAndOnlyTheRowTheDatabaseRefusedIsRejected(CapturedOutput log)
      throws Exception {
    // The first row breaks a rule of the database: the id of its sender's new address is already another address's
    // (the address_id constraint), so the batch is refused at once and its rows are written one by one. The second
    // row's shipment is held by another writer: its own write waits, and is terminated while it waits.
    String firstAddress = Normaliser.address("测试省测试市测试路17066660011号");
    driver.executableQuery("CREATE (:Address {id: $id, text: 'JF17 another address', importSource: $source})")
        .withParameters(Map.of("id", "AD-" + Normaliser.digest(firstAddress), "source", SOURCE)).execute();
    Set<String> terminated = new LinkedHashSet<>();
    EntityExchangeResult<byte[]> answer;
    try (Session session = driver.session(); Transaction other = holdShipment(session, "JF1700000000012")) {
      answer = importTerminatingWaitingWrites(TWO_WAYBILLS, terminated);
      other.rollback();
    }
    assertThat(answer.getStatus().value()).as("the job stopped").isEqualTo(503);
    JsonNode report = JsonMapper.builder().build().readTree(answer.getResponseBody());
    assertThat(report.get("status").asString()).isEqualTo("FAILED");
    assertThat(report.get("imported").asLong()).isZero();
    assertThat(report.get("rejected").asLong()).as("the row breaking the rule, and only it").isEqualTo(1);
    JsonNode reject = report.get("rejects").get(0);
    assertThat(reject.get("line").asLong()).isEqualTo(2);
    assertThat(reject.get("reason").asString()).startsWith("refused by the database: a value of this row breaks a rule");
    assertThat(terminated).as("the second row's own write").hasSize(1);
    assertThat(report.get("error").asString())
        .startsWith("database error: the database ended the write of lines 2 to 3 of ended.csv before it finished, "
            + "so the import stopped there. Of that batch, the 1 row(s) the database refused are rejected, the rest "
            + "not written; the 0 row(s) imported before it are kept");
    assertThat(log.getAll()).as("the refusal, logged with the database's code")
        .contains("the database refused ended.csv line 2 (Neo.ClientError.Schema.ConstraintValidationFailed)");
    assertThat(shipmentsWritten()).isZero();
  }

  @Test
  void aBatchThatRunsOutOfTimeStopsTheJobAndRejectsNoneOfItsRows() throws Exception {
    // The service's timeout for one write, made short: the batch waits for the held shipment past it. Each of its rows
    // written alone would wait as long again, and none of them breaks a rule.
    ImportEngine impatient = ImportEngine.standalone(
        CypherRunner.standalone(driver, new GraphProperties("", Duration.ofSeconds(1))), engine.properties());
    ImportReport report;
    try (Session session = driver.session(); Transaction other = holdShipment(session, "JF1700000000011")) {
      report = impatient.run(ImportType.WAYBILLS, SOURCE, List.of(new ImportInput("slow.csv", ImportFormat.CSV,
          () -> new ByteArrayInputStream(TWO_WAYBILLS.getBytes(StandardCharsets.UTF_8)))), ImportListener.NONE);
      other.rollback();
    }
    assertThat(report.status()).isEqualTo("FAILED");
    assertThat(report.rejects()).as("no row breaks a rule of the database").isEmpty();
    assertThat(report.rejected()).isZero();
    assertThat(report.imported()).isZero();
    assertThat(report.error()).startsWith("database error: the database ")
        .contains("lines 2 to 3 of slow.csv", "so the import stopped there. That batch was not written",
            "Nothing was wrong with its rows", "Import the same input again")
        .doesNotContain("breaks a rule");
    assertThat(shipmentsWritten()).isZero();
  }
}
