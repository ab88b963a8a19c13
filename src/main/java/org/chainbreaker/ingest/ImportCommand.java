package org.chainbreaker.ingest;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chainbreaker.graph.BoltConnection;
import org.chainbreaker.graph.GraphProperties;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * {@code import}: imports files through the import engine into a running Neo4j over Bolt (the service's embedded
 * database, or an external server), with progress on standard error and a summary on standard output. Exit codes:
 * 0 done (rows may have been rejected: see the summary and rejects files), 1 the import failed, 2 usage error,
 * 3 cannot connect.
 */
public final class ImportCommand {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;
  static final int UNREACHABLE = 3;

  static final String HELP = """
      Usage: import --type TYPE [options] FILE...
      Imports CSV (with a header row) or JSON Lines files of one record type into the running Chainbreaker
      database, with entity resolution; re-importing the same files changes nothing. See README "Importing data".

        --type TYPE          waybills, persons, gangs, memberships, calls, transfers, cases or seizures
        --source NAME        the source system, recorded on everything the import creates (default: cli)
        --format csv|jsonl   the files' format (default: by extension; .jsonl/.ndjson/.json are JSON Lines)
        --rejects DIR        where to write FILE.rejects.csv (default: next to each file)
        --batch-size N       rows per transaction (default 1000)
        --uri URI            Neo4j Bolt address (default: $NEO4J_URI, else bolt://127.0.0.1:7687,
                             the running Chainbreaker service's embedded database)
        --user U --password P  credentials (default: $NEO4J_USERNAME, $NEO4J_PASSWORD; none without a user)
        --database D         database (default: $NEO4J_DATABASE, else the server's default)
        --timeout 5m         timeout of each batch's transaction
        --help               this text

      Exit codes: 0 done (some rows may be rejected: see the summary), 1 the import failed, 2 usage error,
                  3 cannot connect.
      Example: import --type waybills --source sf-express examples/import/waybills.csv
      """;

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final boolean terminal;

  ImportCommand(PrintStream out, PrintStream err, Map<String, String> env, boolean terminal) {
    this.out = out;
    this.err = err;
    this.env = env;
    this.terminal = terminal;
  }

  /** Whether the arguments name this command. */
  public static boolean isCommand(String[] args) {
    return args.length > 0 && args[0].equals("import");
  }

  /** Runs the command on the process's standard streams (UTF-8) and returns its exit code. */
  public static int run(String[] args) {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "org/chainbreaker/cli/logback-cli.xml");
    }
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = new ImportCommand(out, err, System.getenv(), System.console() != null).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Runs {@code import ...} (the arguments include the leading "import") and returns the exit code. */
  int execute(String... args) {
    List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
    ImportOptions options;
    try {
      options = ImportOptions.parse(rest, env);
    } catch (ImportOptions.UsageError e) {
      err.println("import: " + e.getMessage());
      err.println("Try 'import --help'.");
      return USAGE;
    }
    if (options.help()) {
      out.print(HELP);
      return OK;
    }
    for (Path file : options.files()) {
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        err.println("import: cannot read " + file);
        return USAGE;
      }
    }
    GraphProperties graph = new GraphProperties(options.database(), options.timeout());
    try (BoltConnection connection = BoltConnection.open(options.uri(), options.user(), options.password(), graph);
        Rejects rejects = new Rejects(options.rejects())) {
      ImportEngine engine = ImportEngine.standalone(connection.runner(),
          IngestProperties.defaults().withBatchSize(options.batchSize()));
      List<ImportInput> inputs = options.files().stream().map(file -> new ImportInput(file.toString(),
          options.format() != null ? options.format() : ImportFormat.ofFileName(file.getFileName().toString()),
          () -> Files.newInputStream(file))).toList();
      ImportReport report = engine.run(options.type(), options.source(), inputs, new Progress(rejects));
      if (terminal) {
        err.println();
      }
      summary(report, rejects);
      return "DONE".equals(report.status()) ? OK : FAILED;
    } catch (ServiceUnavailableException | SessionExpiredException | AuthenticationException e) {
      err.println(BoltConnection.unreachable(options.uri(), e));
      return UNREACHABLE;
    } catch (RuntimeException e) {
      err.println("Import failed: " + e.getMessage());
      return FAILED;
    }
  }

  private void summary(ImportReport report, Rejects rejects) {
    out.printf("Import job %s (%s from %s): %s%n", report.jobId(), report.type(), report.source(), report.status());
    if (report.error() != null) {
      out.println("  error:                 " + report.error());
    }
    out.printf("  rows read:             %,d%n", report.rowsRead());
    out.printf("  imported:              %,d%n", report.imported());
    out.printf("  rejected:              %,d%n", report.rejected());
    out.printf("  nodes created:         %,d%n", report.nodesCreated());
    out.printf("  relationships created: %,d%n", report.relationshipsCreated());
    out.printf("  duration:              %.1f s (%,.0f rows/s)%n", report.durationMs() / 1000.0,
        report.rowsPerSecond());
    for (Path file : rejects.written()) {
      out.println("  rejects:               " + file);
    }
  }

  /** Progress on standard error: one line rewritten in place on a terminal, a line a second otherwise. */
  private final class Progress implements ImportListener {
    private final Rejects rejects;

    Progress(Rejects rejects) {
      this.rejects = rejects;
    }

    @Override
    public void progress(String file, long rowsRead, long imported, long rejected, long elapsedMs) {
      String line = String.format("%s: %,d rows read, %,d imported, %,d rejected, %,.0f rows/s", file, rowsRead,
          imported, rejected, elapsedMs == 0 ? 0.0 : rowsRead * 1000.0 / elapsedMs);
      if (terminal) {
        err.print("\r" + line + "   ");
        err.flush();
      } else {
        err.println(line);
      }
    }

    @Override
    public void rejected(Reject reject) {
      rejects.write(reject);
    }
  }

  /** The rejects files: FILE.rejects.csv (columns file, line, column, reason) next to each input or in one folder. */
  private static final class Rejects implements AutoCloseable {
    private final Path folder;
    private final Map<String, CSVPrinter> printers = new HashMap<>();
    private final List<Path> written = new java.util.ArrayList<>();

    Rejects(Path folder) {
      this.folder = folder;
    }

    void write(Reject reject) {
      try {
        CSVPrinter printer = printers.get(reject.file());
        if (printer == null) {
          Path input = Path.of(reject.file());
          Path dir = folder != null ? folder : input.toAbsolutePath().getParent();
          Files.createDirectories(dir);
          Path file = dir.resolve(input.getFileName() + ".rejects.csv");
          BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          printer = CSVFormat.RFC4180.builder().setHeader("file", "line", "column", "reason").get().print(writer);
          printers.put(reject.file(), printer);
          written.add(file);
        }
        printer.printRecord(reject.file(), reject.line(), reject.column(), reject.reason());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write the rejects file: " + e.getMessage(), e);
      }
    }

    List<Path> written() {
      return written;
    }

    @Override
    public void close() {
      for (CSVPrinter printer : printers.values()) {
        try {
          printer.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
