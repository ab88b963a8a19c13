package org.chainbreaker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.chainbreaker.graph.EmbeddedNeo4j;
import org.chainbreaker.testing.ChainbreakerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code import}, in-process and as the packaged jar, against the service's embedded database over Bolt. */
@ChainbreakerTest
class ImportCommandIT {

  @Autowired
  EmbeddedNeo4j embedded;
  @Autowired
  Driver driver;

  record Outcome(int exitCode, String out, String err) {}

  ImportedGraph graph;

  @AfterEach
  void cleanUp() {
    if (graph != null) {
      graph.delete();
    }
  }

  @Test
  void importsAFileShowsProgressAndASummaryAndWritesTheRejectsNextToIt(@TempDir Path dir) throws IOException {
    graph = new ImportedGraph(driver, "cli-it");
    Path csv = Files.writeString(dir.resolve("calls.csv"), """
        callerPhone,calleePhone,startedAt,durationSec
        17044440001,17044440002,2026-03-01T10:00:00+08:00,60
        17044440001,17044440003,yesterday,60
        17044440002,17044440001,2026-03-01T10:05:00+08:00,12
        """, StandardCharsets.UTF_8);
    Outcome first = inProcess("import", "--type", "calls", "--source", graph.source(), csv.toString(),
        "--uri", bolt());
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err()).contains("calls.csv: 3 rows read, 2 imported, 1 rejected");
    assertThat(first.out()).containsPattern("Import job IJ-\\S+ \\(calls from cli-it\\): DONE")
        .containsPattern("rows read:\\s+3").containsPattern("imported:\\s+2").containsPattern("rejected:\\s+1")
        .containsPattern("nodes created:\\s+2").containsPattern("relationships created:\\s+2")
        .contains("rows/s").contains("calls.csv.rejects.csv");
    try (var rejects = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(Files.newBufferedReader(dir.resolve("calls.csv.rejects.csv")))) {
      assertThat(rejects.getHeaderNames()).containsExactly("file", "line", "column", "reason");
      assertThat(rejects.getRecords()).singleElement().satisfies(reject -> assertThat(reject.values()).containsExactly(
          csv.toString(), "3", "startedAt",
          "not a date-time (2026-03-01T10:15:00+08:00 or 2026-03-01 10:15): 'yesterday'"));
    }

    Outcome again = inProcess("import", "--type=calls", "--source=" + graph.source(), "--rejects",
        dir.resolve("rejects").toString(), csv.toString(), "--uri", bolt());
    assertThat(again.out()).containsPattern("nodes created:\\s+0").containsPattern("relationships created:\\s+0");
    assertThat(dir.resolve("rejects/calls.csv.rejects.csv")).exists();
  }

  @Test
  void usageErrorsExitTwoAndSayWhat() {
    assertThat(inProcess("import", "--type", "parcels", "x.csv")).satisfies(outcome -> {
      assertThat(outcome.exitCode()).isEqualTo(2);
      assertThat(outcome.err()).contains("Unknown record type 'parcels'; known types: waybills");
    });
    assertThat(inProcess("import", "x.csv").err()).contains("No --type given");
    assertThat(inProcess("import", "--type", "calls", "no-such-file.csv").err()).contains("cannot read no-such-file.csv");
    assertThat(inProcess("import", "--help").out()).contains("Usage: import --type TYPE");
  }

  @Test
  void unreachableDatabaseExitsThree(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("gangs.csv"), "id,name\nG-X,x\n");
    Outcome outcome = inProcess("import", "--type", "gangs", csv.toString(), "--uri", "bolt://127.0.0.1:1");
    assertThat(outcome.exitCode()).isEqualTo(3);
    assertThat(outcome.err()).contains("bolt://127.0.0.1:1").contains("must be running");
  }

  @Test
  void packagedJarImportsTheExampleFiles() throws Exception {
    graph = new ImportedGraph(driver, "jar-it");
    Path jar = Path.of("target/chainbreaker.jar");
    assertThat(jar).as("the packaged application (failsafe runs after package)").exists();
    Outcome outcome = process(List.of(java(), "-Xmx128m", "-jar", jar.toString(), "import", "--type", "waybills",
        "--source", graph.source(), "examples/import/waybills.csv", "--uri", bolt()));
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out()).containsPattern("imported:\\s+5").containsPattern("rejected:\\s+0")
        .doesNotContain("Started ChainbreakerApplication");
    assertThat(driver.executableQuery("MATCH (s:Shipment {waybillNo: 'DB1700000000005'}) RETURN s.importSource AS s")
        .execute().records()).singleElement()
        .satisfies(row -> assertThat(row.get("s").asString()).isEqualTo(graph.source()));
    assertThat(graph.counts()).containsEntry("jobs", 1L);
  }

  @Test
  void aKilledImportRunAgainEndsWithTheSameGraphAsOneCleanRun(@TempDir Path dir) throws Exception {
    graph = new ImportedGraph(driver, "killed-it");
    Path csv = Files.write(dir.resolve("relay.csv"), ImportIT.Waybills.generated(800, 11), StandardCharsets.UTF_8);
    List<String> importIt = List.of("import", "--type", "waybills", "--source", graph.source(), "--batch-size", "20",
        csv.toString(), "--uri", bolt());
    assertThat(inProcess(importIt.toArray(String[]::new)).exitCode()).isZero();
    List<String> clean = graph.fingerprint();
    graph.delete();

    // the packaged jar, killed (SIGKILL: no shutdown hook, no clean-up) once some batches have committed
    List<String> command = new java.util.ArrayList<>(List.of(java(), "-Xmx128m", "-jar", "target/chainbreaker.jar"));
    command.addAll(importIt);
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("killed.txt").toFile()).start();
    long deadline = System.currentTimeMillis() + 120_000;
    long imported = 0;
    while (imported < 100 && process.isAlive() && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
      imported = driver.executableQuery("MATCH (j:ImportJob {source: $source}) RETURN max(j.imported) AS imported")
          .withParameters(Map.of("source", graph.source())).execute().records().get(0).get("imported").asLong(0);
    }
    assertThat(process.isAlive()).as("still importing when killed").isTrue();
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    var killed = driver.executableQuery("MATCH (j:ImportJob {source: $source}) RETURN j.id AS id, j.status AS status, "
        + "j.imported AS imported").withParameters(Map.of("source", graph.source())).execute().records().get(0);
    assertThat(killed.get("status").asString()).isEqualTo("RUNNING");
    assertThat(killed.get("imported").asLong()).isBetween(100L, 799L);
    assertThat(graph.fingerprint()).isNotEqualTo(clean);

    assertThat(inProcess(importIt.toArray(String[]::new)).exitCode()).isZero();
    assertThat(graph.fingerprint()).isEqualTo(clean);
  }

  private String bolt() {
    return embedded.boltUri().toString();
  }

  private static Outcome inProcess(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new ImportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), false).execute(args);
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Outcome process(List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("import-out", ".txt");
    Path err = Files.createTempFile("import-err", ".txt");
    try {
      Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(3, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("Not done within 3 minutes: " + command);
      }
      return new Outcome(process.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
