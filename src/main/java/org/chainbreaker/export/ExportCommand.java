package org.chainbreaker.export;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.chainbreaker.graph.BoltConnection;
import org.chainbreaker.graph.GraphProperties;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * {@code export}: writes a case package (JSON, GraphML or i2 CSV) or the whole graph as neo4j-admin import files,
 * reading from a running Neo4j over Bolt (the service's embedded database, or an external server) like
 * {@code cypher run}: no Spring context, no database of its own. Exit codes: 0 done, 1 failed, 2 usage error,
 * 3 cannot connect, 4 no such entity.
 */
public final class ExportCommand {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;
  static final int UNREACHABLE = 3;
  static final int UNKNOWN = 4;

  static final String HELP = """
      Usage: export SUBJECT [--format json|graphml|i2] [--out FILE] [options]
             export --admin-import DIR [options]
      Writes a case package for a case system, or the whole graph as neo4j-admin import files.

        SUBJECT, one of:
        --case NUMBER               the case, its seizures, parcels, people and what they use
        --gang ID                   the gang, its known members, what they use, parcels between them, seizures, cases
        --person ID | --seizure ID | --shipment WAYBILL
                                    the direct parcel neighbourhood (parcels latest first, at most --limit, default 200)
        --ids ID,ID,...             a selection: these entity ids (Person/P000123, Shipment/SF...) and every
                                    relationship between them, e.g. the nodes of a trace or an arrest plan
        --ids-file FILE             the same, one id a line
        --title TEXT                the package's title (selections)
        --format json|graphml|i2    JSON (schema: export/case-package-v1.schema.json, the default), GraphML, or
                                    i2 Analyst's Notebook entities.csv + links.csv in a zip (needs --out)
        --out FILE                  where to write (default: standard output)

        --admin-import DIR          every entity and relationship as CSV files in neo4j-admin import format, plus
                                    DIR/import.sh with the neo4j-admin command that loads them (see the README)
        --batch N                   nodes read per transaction for --admin-import (default 10000)

        --uri URI                   Neo4j Bolt address (default: $NEO4J_URI, else bolt://127.0.0.1:7687,
                                    the running Chainbreaker service's embedded database)
        --user U --password P       credentials (default: $NEO4J_USERNAME, $NEO4J_PASSWORD; none without a user)
        --database D                database (default: $NEO4J_DATABASE, else the server's default)
        --timeout 2m                transaction timeout of each read
        --help                      this text

      Exit codes: 0 success, 1 failed, 2 usage error, 3 cannot connect, 4 no such entity.
      Example: export --gang G001 --format graphml --out G001.graphml
      """;

  private final PrintStream out;
  private final OutputStream stdout;
  private final PrintStream err;
  private final Map<String, String> env;

  ExportCommand(OutputStream stdout, PrintStream err, Map<String, String> env) {
    this.stdout = stdout;
    this.out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
    this.err = err;
    this.env = env;
  }

  /** Whether the arguments name this command. */
  public static boolean isCommand(String[] args) {
    return args.length > 0 && args[0].equals("export");
  }

  /** Runs the command on the process's standard streams and returns its exit code. */
  public static int run(String[] args) {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "org/chainbreaker/export/logback-export.xml");
    }
    OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = new ExportCommand(stdout, err, System.getenv()).execute(args);
    try {
      stdout.flush();
    } catch (IOException e) {
      err.println("Cannot write to standard output: " + e.getMessage());
      return FAILED;
    }
    return code;
  }

  /** Runs {@code export ...} (the arguments include the leading "export") and returns the exit code. */
  int execute(String... args) {
    List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
    if (rest.isEmpty()) {
      err.print(HELP);
      return USAGE;
    }
    ExportOptions options;
    try {
      options = ExportOptions.parse(rest, env);
    } catch (InvalidExportRequestException e) {
      err.println("export: " + e.getMessage());
      err.println("Try 'export --help'.");
      return USAGE;
    }
    if (options.help()) {
      out.print(HELP);
      out.flush();
      return OK;
    }
    GraphProperties graph = new GraphProperties(options.database(), options.timeout());
    try (BoltConnection connection = BoltConnection.open(options.uri(), options.user(), options.password(), graph)) {
      return options.adminImport() != null ? adminImport(connection, options) : casePackage(connection, options);
    } catch (ServiceUnavailableException | SessionExpiredException | AuthenticationException e) {
      err.println(BoltConnection.unreachable(options.uri(), e));
      return UNREACHABLE;
    } catch (UnknownEntityException e) {
      err.println("export: " + e.getMessage());
      return UNKNOWN;
    } catch (InvalidExportRequestException e) {
      err.println("export: " + e.getMessage());
      return USAGE;
    } catch (Neo4jException e) {
      err.println("Export failed: " + e.getMessage() + (e.code() == null ? "" : " [" + e.code() + "]"));
      return FAILED;
    } catch (IOException | RuntimeException e) {
      err.println("Export failed: " + e);
      return FAILED;
    }
  }

  private int casePackage(BoltConnection connection, ExportOptions options) throws IOException {
    CasePackages packages = new CasePackages(connection.runner());
    CasePackage pack = options.subject() != null
        ? packages.around(options.subject(), options.key(), options.limit())
        : packages.selection(options.ids(), options.title());
    if (options.out() == null) {
      options.format().write(pack, stdout);
      stdout.flush();
    } else {
      Path file = options.out().toAbsolutePath();
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      try (OutputStream target = new BufferedOutputStream(Files.newOutputStream(file))) {
        options.format().write(pack, target);
      }
      err.println("Wrote " + pack.subject().title() + ": " + pack.nodes().size() + " nodes, " + pack.edges().size()
          + " edges, " + options.format().name().toLowerCase(java.util.Locale.ROOT) + " to " + file);
    }
    return OK;
  }

  private int adminImport(BoltConnection connection, ExportOptions options) {
    AdminImportExport export = new AdminImportExport(connection.runner(), options.adminImport(), options.batch());
    AdminImportExport.Summary summary = export.write(nodes -> err.print("\rnodes written: " + nodes));
    err.println();
    summary.nodeRows().forEach((file, rows) -> err.println("  " + file + ": " + rows));
    summary.relationshipRows().forEach((file, rows) -> err.println("  " + file + ": " + rows));
    err.println("Wrote " + summary.nodes() + " nodes and " + summary.relationships() + " relationships to "
        + options.adminImport().toAbsolutePath() + "; load them with " + options.adminImport().resolve(AdminImportExport.SCRIPT));
    return OK;
  }
}
