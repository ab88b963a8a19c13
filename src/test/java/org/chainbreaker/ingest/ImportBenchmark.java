package org.chainbreaker.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.chainbreaker.testing.ThreadCpu;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo waybills (scale 10 by default: about 203,000 rows) as a CSV file, imported through the import engine into
 * a fresh database, and the same rows with Neo4j's LOAD CSV (cypher/ingest/load-csv-waybills.cypher, the same MERGEs
 * without checks and resolution) into another fresh database; prints rows/s of both and the ratio (goal >= 0.8).
 * The two sides run interleaved, chunk by chunk (the file cut into {@code -Dbenchmark.chunks}, default 10, pieces; who
 * goes first alternates), so a load that changes during the run — other builds on a shared machine — weighs on both
 * alike and the ratio stays fair. Before the timed chunks both sides import the waybills of a small other demo network
 * ({@code -Dbenchmark.warm-up-scale}, default 0.25; 0 for none), untimed: the first import in the JVM pays for compiling
 * the database code both share. Then re-imports the file through the packaged jar's import command with a 32 MB
 * heap, smaller than the file, and prints the largest heap in use after a garbage collection. It also prints the
 * JVM's CPU time by kind of thread while each side ran ({@link ThreadCpu}). Not a test:
 * {@code ./mvnw -Pbenchmark verify -Dit.test=ImportBenchmark} (see the README).
 */
class ImportBenchmark {

  static final double SCALE = Double.parseDouble(System.getProperty("benchmark.scale", "10"));
  static final int CHUNKS = Integer.parseInt(System.getProperty("benchmark.chunks", "10"));
  static final double WARM_UP_SCALE = Double.parseDouble(System.getProperty("benchmark.warm-up-scale", "0.25"));
  static final Path DIR = Path.of("target/benchmark-import");
  static final Pattern AFTER_GC = Pattern.compile("->(\\d+)M\\(");

  @Test
  void importEngineAgainstLoadCsv() throws Exception {
    Files.createDirectories(DIR);
    Path csv = DIR.resolve("waybills-scale-" + SCALE + ".csv").toAbsolutePath();
    if (!Files.exists(csv)) {
      DemoWaybillsCsv.write(20261124L, SCALE, csv);
    }
    List<Path> chunks = chunks(csv, CHUNKS);
    long rows;
    try (var lines = Files.lines(csv)) {
      rows = lines.count() - 1;
    }
    print("%nImport benchmark: demo waybills at scale %s, %,d rows, %,.1f MB, in %d interleaved chunks; load %s%n",
        SCALE, rows, Files.size(csv) / 1e6, chunks.size(), load());

    ConfigurableApplicationContext engineApp = start("engine");
    ConfigurableApplicationContext loadCsvApp = start("load-csv");
    try {
      ImportEngine engine = engineApp.getBean(ImportEngine.class);
      CypherRunner loadCsv = loadCsvApp.getBean(CypherRunner.class);
      OffsetDateTime importedAt = OffsetDateTime.now();
      long engineNanos = 0;
      long loadCsvNanos = 0;
      long engineNodes = 0;
      long engineRelationships = 0;
      long loadCsvNodes = 0;
      long loadCsvRelationships = 0;
      long imported = 0;
      ThreadCpu engineCpu = new ThreadCpu();
      ThreadCpu loadCsvCpu = new ThreadCpu();
      if (WARM_UP_SCALE > 0) {
        // Untimed: both services first import the waybills of another, small demo network (another seed: other
        // waybill numbers, people and phones), so neither side's timing carries the JVM's first compilation of the
        // database code both share, nor its first query plans on an empty store. Whoever went first paid for both.
        Path warmUp = DIR.resolve("waybills-warm-up-" + WARM_UP_SCALE + ".csv").toAbsolutePath();
        if (!Files.exists(warmUp)) {
          DemoWaybillsCsv.write(20261125L, WARM_UP_SCALE, warmUp);
        }
        long start = System.nanoTime();
        ImportReport report = withEngine(engine, "benchmark-warm-up", warmUp);
        long engineWarmUp = System.nanoTime() - start;
        start = System.nanoTime();
        withLoadCsv(loadCsv, warmUp, engine.properties().batchSize(), "load-csv-warm-up", importedAt);
        print("warm-up (untimed): %,d rows of another demo network (scale %s): engine %.1f s, LOAD CSV %.1f s%n",
            report.rowsRead(), WARM_UP_SCALE, engineWarmUp / 1e9, (System.nanoTime() - start) / 1e9);
      }
      for (int i = 0; i < chunks.size(); i++) {
        Path chunk = chunks.get(i);
        for (int side = 0; side < 2; side++) {
          var threads = ThreadCpu.snapshot();
          long start = System.nanoTime();
          boolean engineSide = (side + i) % 2 == 0;
          if (engineSide) {
            ImportReport report = withEngine(engine, "benchmark", chunk);
            engineNanos += System.nanoTime() - start;
            imported += report.imported();
            engineNodes += report.nodesCreated();
            engineRelationships += report.relationshipsCreated();
          } else {
            ResultSummary summary = withLoadCsv(loadCsv, chunk, engine.properties().batchSize(), "load-csv",
                importedAt);
            loadCsvNanos += System.nanoTime() - start;
            loadCsvNodes += summary.counters().nodesCreated();
            loadCsvRelationships += summary.counters().relationshipsCreated();
          }
          (engineSide ? engineCpu : loadCsvCpu).add(threads, ThreadCpu.snapshot());
        }
        print("  chunk %d/%d: engine %.1f s, LOAD CSV %.1f s so far; load %s%n", i + 1, chunks.size(),
            engineNanos / 1e9, loadCsvNanos / 1e9, load());
      }
      double engineRate = rows / (engineNanos / 1e9);
      double loadCsvRate = rows / (loadCsvNanos / 1e9);
      print("import engine: %,d rows (%,d imported) in %.1f s = %,.0f rows/s; %,d nodes, %,d relationships created "
          + "(batch %d)%n", rows, imported, engineNanos / 1e9, engineRate, engineNodes, engineRelationships,
          engine.properties().batchSize());
      print("LOAD CSV:      %,d rows in %.1f s = %,.0f rows/s; %,d nodes, %,d relationships created "
          + "(%d rows per transaction)%n", rows, loadCsvNanos / 1e9, loadCsvRate, loadCsvNodes, loadCsvRelationships,
          engine.properties().batchSize());
      print("ratio engine / LOAD CSV: %.2f (goal >= 0.8)%n", engineRate / loadCsvRate);
      // the JVM's CPU while each side ran (both services share the JVM; only one side runs at a time)
      print("CPU during the engine's chunks:  %s%n", engineCpu.summary(6));
      print("CPU during LOAD CSV's chunks:    %s%n", loadCsvCpu.summary(6));
      loadCsvApp.close();
      loadCsvApp = null;
      memory(csv, engineApp.getBean(EmbeddedNeo4j.class).boltUri().toString());
    } finally {
      engineApp.close();
      if (loadCsvApp != null) {
        loadCsvApp.close();
      }
    }
  }

  /** Imports a CSV file of waybills through the import engine. */
  private static ImportReport withEngine(ImportEngine engine, String source, Path csv) {
    return engine.run(ImportType.WAYBILLS, source, List.of(new ImportInput(csv.toString(), ImportFormat.CSV,
        () -> Files.newInputStream(csv))), ImportListener.NONE);
  }

  /** Imports the same file with LOAD CSV, {@code batch} rows per transaction, with the source's provenance. */
  private static ResultSummary withLoadCsv(CypherRunner loadCsv, Path csv, int batch, String source,
      OffsetDateTime importedAt) {
    return loadCsv.writeAutoCommit("ingest/load-csv-waybills", Map.of(
        // the embedded database sets no import directory: a file URL is an absolute path
        "url", csv.toUri().toString(), "batch", batch,
        "prov", Map.of("importSource", source, "importJob", "IJ-" + source.toUpperCase(Locale.ROOT),
            "importedAt", importedAt)));
  }

  /** The file cut into pieces of about equal row count, each with the header. */
  private static List<Path> chunks(Path csv, int count) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    String header = lines.get(0);
    int rows = lines.size() - 1;
    List<Path> chunks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<String> piece = new ArrayList<>();
      piece.add(header);
      piece.addAll(lines.subList(1 + (int) ((long) rows * i / count), 1 + (int) ((long) rows * (i + 1) / count)));
      Path chunk = DIR.resolve(csv.getFileName() + ".part" + (i + 1) + ".csv").toAbsolutePath();
      Files.write(chunk, piece);
      chunks.add(chunk);
    }
    return chunks;
  }

  /** The machine's load averages (1, 5, 15 minutes): the benchmark says what else was running. */
  private static String load() {
    try {
      return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
    } catch (IOException e) {
      return "unknown";
    }
  }

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

  /**
   * A service on a fresh database, without risk scoring: scoring is another consumer of imported shipments (it would
   * score each of the engine's batches on a background thread, and sweep LOAD CSV's rows now and then), and on this
   * 2-core machine it would take its CPU from whichever side it happened to run beside.
   */
  private static ConfigurableApplicationContext start(String name) {
    Path data = DIR.resolve(name + "-" + System.currentTimeMillis()).toAbsolutePath();
    return new SpringApplicationBuilder(ChainbreakerApplication.class).run(
        "--server.port=0",
        "--chainbreaker.embedded.bolt-port=0",
        "--chainbreaker.embedded.data-dir=" + data,
        "--chainbreaker.demo.enabled=false",
        "--chainbreaker.risk.incremental=false",
        "--chainbreaker.risk.sweep-interval=0");
  }
}
