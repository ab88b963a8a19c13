package org.chainbreaker.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainbreaker.ChainbreakerApplication;
import org.chainbreaker.demo.DemoWaybillsCsv;
import org.chainbreaker.graph.CypherRunner;
import org.chainbreaker.graph.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo waybills (scale 10 by default: about 203,000 rows) as a CSV file, imported through the import engine into
 * a fresh database, and the same rows with Neo4j's LOAD CSV (cypher/ingest/load-csv-waybills.cypher, the same MERGEs
 * without checks and resolution) into another fresh database; prints rows/s of both and the ratio (goal >= 0.8).
 * Then re-imports the file through the packaged jar's import command with a 64 MB heap, a file larger than that heap,
 * and prints the largest heap in use after a garbage collection. Not a test: {@code ./mvnw -Pbenchmark verify
 * -Dit.test=ImportBenchmark} (see the README).
 */
class ImportBenchmark {

  static final double SCALE = Double.parseDouble(System.getProperty("benchmark.scale", "10"));
  static final Path DIR = Path.of("target/benchmark-import");
  static final Pattern AFTER_GC = Pattern.compile("->(\\d+)M\\(");

  @Test
  void importEngineAgainstLoadCsv() throws Exception {
    Files.createDirectories(DIR);
    Path csv = DIR.resolve("waybills-scale-" + SCALE + ".csv").toAbsolutePath();
    long rows;
    if (Files.exists(csv)) {
      try (var lines = Files.lines(csv)) {
        rows = lines.count() - 1;
      }
    } else {
      rows = DemoWaybillsCsv.write(20261124L, SCALE, csv);
    }
    print("%nImport benchmark: demo waybills at scale %s, %,d rows, %,.1f MB%n", SCALE, rows,
        Files.size(csv) / 1e6);

    // -Dbenchmark.only=load-csv (or engine): one side only; the ratio needs both
    String only = System.getProperty("benchmark.only", "");
    double engineRate = Double.NaN;
    String boltOfEngineDatabase;
    ConfigurableApplicationContext engineApp = only.equals("load-csv") ? null : start("engine");
    try {
      if (engineApp == null) {
        throw new SkipSide();
      }
      ImportEngine engine = engineApp.getBean(ImportEngine.class);
      ImportReport report = engine.run(ImportType.WAYBILLS, "benchmark", List.of(new ImportInput(csv.toString(),
          ImportFormat.CSV, () -> Files.newInputStream(csv))), ImportListener.NONE);
      engineRate = report.rowsRead() * 1000.0 / report.durationMs();
      print("import engine: %,d rows (%,d imported, %,d rejected) in %.1f s = %,.0f rows/s; "
          + "%,d nodes, %,d relationships created (batch %d)%n", report.rowsRead(), report.imported(),
          report.rejected(), report.durationMs() / 1000.0, engineRate, report.nodesCreated(),
          report.relationshipsCreated(), engine.properties().batchSize());
      boltOfEngineDatabase = engineApp.getBean(EmbeddedNeo4j.class).boltUri().toString();
      memory(csv, boltOfEngineDatabase);
    } catch (SkipSide skipped) {
      print("import engine: skipped (-Dbenchmark.only)%n");
    } finally {
      if (engineApp != null) {
        engineApp.close();
      }
    }
    if (only.equals("engine")) {
      return;
    }

    ConfigurableApplicationContext loadCsvApp = start("load-csv");
    try {
      // the embedded database sets no import directory: a file URL is an absolute path
      long start = System.nanoTime();
      ResultSummary summary = loadCsvApp.getBean(CypherRunner.class).writeAutoCommit("ingest/load-csv-waybills",
          Map.of("url", csv.toUri().toString(), "batch", 1000, "prov", Map.of("importSource", "load-csv",
              "importJob", "IJ-LOAD-CSV", "importedAt", OffsetDateTime.now())));
      double seconds = (System.nanoTime() - start) / 1e9;
      double loadCsvRate = rows / seconds;
      print("LOAD CSV:      %,d rows in %.1f s = %,.0f rows/s; %,d nodes, %,d relationships "
          + "created (1000 rows per transaction)%n", rows, seconds, loadCsvRate, summary.counters().nodesCreated(),
          summary.counters().relationshipsCreated());
      print("ratio engine / LOAD CSV: %.2f (goal >= 0.8)%n%n", engineRate / loadCsvRate);
    } finally {
      loadCsvApp.close();
    }
  }

  /** Thrown to skip one side of the comparison. */
  private static final class SkipSide extends RuntimeException {}

  /** Re-imports the file through the packaged jar with a heap smaller than the file; prints the heap it needed. */
  private static void memory(Path csv, String bolt) throws IOException, InterruptedException {
    Path jar = Path.of("target/chainbreaker.jar");
    if (!Files.exists(jar)) {
      System.out.println("memory: target/chainbreaker.jar missing (run through verify), skipped");
      return;
    }
    Path gcLog = DIR.resolve("cli-gc.log").toAbsolutePath();
    Path out = DIR.resolve("cli-out.txt");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx32m", "-Xlog:gc:file=" + gcLog, "-jar", jar.toString(), "import", "--type", "waybills", "--source",
        "benchmark-cli", csv.toString(), "--uri", bolt));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    if (!process.waitFor(30, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }
    long maxAfterGc = 0;
    Matcher matcher = AFTER_GC.matcher(Files.readString(gcLog));
    while (matcher.find()) {
      maxAfterGc = Math.max(maxAfterGc, Long.parseLong(matcher.group(1)));
    }
    String summary = Files.readAllLines(out).stream().filter(line -> line.contains("rows read") || line.contains("duration")
        || line.contains("Import job")).reduce("", (a, b) -> a + "\n    " + b.strip());
    print("memory: CLI re-import of the %,.1f MB file with -Xmx32m: exit %d, largest heap in "
        + "use after a GC %d MB%s%n", Files.size(csv) / 1e6, process.exitValue(), maxAfterGc, summary);
  }

  /** Prints a figure, and appends it to target/benchmark-import/results.txt (the fork's output can get lost). */
  private static void print(String format, Object... args) {
    String text = String.format(Locale.ROOT, format, args);
    System.out.print(text);
    System.out.flush();
    try {
      Files.writeString(DIR.resolve("results.txt"), text, java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ConfigurableApplicationContext start(String name) {
    Path data = DIR.resolve(name + "-" + System.currentTimeMillis()).toAbsolutePath();
    return new SpringApplicationBuilder(ChainbreakerApplication.class).run(
        "--server.port=0",
        "--chainbreaker.embedded.bolt-port=0",
        "--chainbreaker.embedded.data-dir=" + data,
        "--chainbreaker.demo.enabled=false");
  }
}
