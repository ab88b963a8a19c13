package org.chainbreaker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.chainbreaker.graph.EmbeddedNeo4j;
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
 * An import job the database stops (not a row it refuses): what the job's error tells the user, and that the
 * database's own message goes to the service log instead.
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
}
