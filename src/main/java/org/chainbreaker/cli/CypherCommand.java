package org.chainbreaker.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chainbreaker.graph.BoltConnection;
import org.chainbreaker.graph.CypherScripts;
import org.chainbreaker.graph.GraphProperties;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * {@code cypher run}: runs an analyst's script read-only (a read transaction with a timeout) against a running Neo4j
 * over Bolt and prints the result. Exit codes: 0 done, 1 the query failed, 2 usage error, 3 cannot connect.
 */
final class CypherCommand {

  static final int OK = 0;
  static final int QUERY_FAILED = 1;
  static final int USAGE = 2;
  static final int UNREACHABLE = 3;

  static final String HELP = """
      Usage: cypher run SCRIPT [options]
      Runs an analyst's Cypher script read-only (writes are refused) and prints the result.

        SCRIPT                      a .cypher file, or the name of a script shipped in the application:
                                    analysis/paths (= cypher/analysis/paths.cypher)
        --param "name => literal"   a parameter as in cypher-shell: 'text', "text", 42, 1.5, true, false, null,
                                    ['a', 'b'], {key: 'value'} (literals only; repeatable; also -P, --param=...)
        --param name=value          shorthand: an integer, float, true, false or null, else the text as a string
                                    Parameters the script uses but not given are passed as null (= its default).
        --format table|json|csv     output format (default table; json and csv give every value whole)
        --uri URI                   Neo4j Bolt address (default: $NEO4J_URI, else bolt://127.0.0.1:7687,
                                    the running Chainbreaker service's embedded database)
        --user U --password P       credentials (default: $NEO4J_USERNAME, $NEO4J_PASSWORD; none without a user)
        --database D                database (default: $NEO4J_DATABASE, else the server's default)
        --timeout 30s               transaction timeout (e.g. 500ms, 30s, 2m)
        --help                      this text

      Exit codes: 0 success, 1 the query failed (syntax error, write attempted, timeout, database error),
                  2 usage error, 3 cannot connect.
      Example: cypher run analysis/paths --param "source => 'Person/P005001'" --param "target => 'Person/P005010'"
      """;

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final CypherScripts scripts = new CypherScripts();

  CypherCommand(PrintStream out, PrintStream err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = env;
  }

  /** Runs {@code cypher ...} (the arguments include the leading "cypher") and returns the exit code. */
  int execute(String... args) {
    List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
    if (rest.isEmpty() || rest.get(0).equals("--help") || rest.get(0).equals("-h") || rest.get(0).equals("help")) {
      (rest.isEmpty() ? err : out).print(HELP);
      return rest.isEmpty() ? USAGE : OK;
    }
    if (!rest.get(0).equals("run")) {
      return usage("Unknown command 'cypher " + rest.get(0) + "' (there is: cypher run)");
    }
    RunOptions options;
    ScriptSource script;
    Map<String, Object> parameters;
    try {
      options = RunOptions.parse(rest.subList(1, rest.size()), env);
      if (options.help()) {
        out.print(HELP);
        return OK;
      }
      script = ScriptSource.resolve(options.script(), scripts);
      parameters = parameters(script, options.parameters());
    } catch (UsageException e) {
      return usage(e.getMessage());
    }
    return run(options, script, parameters);
  }

  private int run(RunOptions options, ScriptSource script, Map<String, Object> parameters) {
    GraphProperties graph = new GraphProperties(options.database(), options.timeout());
    try (BoltConnection connection = BoltConnection.open(options.uri(), options.user(), options.password(), graph)) {
      List<Record> records = connection.runner().readText(script.text(), parameters, record -> record);
      options.format().write(ResultRows.of(records), out);
      out.flush();
      return OK;
    } catch (ServiceUnavailableException | SessionExpiredException | AuthenticationException e) {
      err.println(BoltConnection.unreachable(options.uri(), e));
      return UNREACHABLE;
    } catch (Neo4jException e) {
      err.println("Query failed (" + script.name() + "): " + e.getMessage() + (e.code() == null ? "" : " [" + e.code() + "]"));
      if (String.valueOf(e.code()).contains("TransactionTimedOut")) {
        err.println("The timeout was " + options.timeout().toMillis() + " ms: give a longer one with --timeout.");
      }
      return QUERY_FAILED;
    } catch (RuntimeException e) {
      err.println("Query failed (" + script.name() + "): " + e);
      return QUERY_FAILED;
    }
  }

  /** The parameters sent: the given ones, plus null for each one the script uses but was not given. */
  private Map<String, Object> parameters(ScriptSource script, Map<String, Object> given) {
    Set<String> used = ScriptParameters.referenced(script.text());
    Map<String, Object> parameters = new LinkedHashMap<>(given);
    List<String> missing = used.stream().filter(name -> !given.containsKey(name)).toList();
    missing.forEach(name -> parameters.put(name, null));
    if (!missing.isEmpty()) {
      err.println("Not given, passed as null (the script's default): " + dollars(missing));
    }
    List<String> unused = given.keySet().stream().filter(name -> !used.contains(name)).toList();
    if (!unused.isEmpty()) {
      err.println("Warning: " + script.name() + " does not use " + dollars(unused));
    }
    return parameters;
  }

  private static String dollars(List<String> names) {
    return names.stream().map(name -> "$" + name).collect(Collectors.joining(", "));
  }

  private int usage(String message) {
    err.println("cypher: " + message);
    err.println("Try 'cypher run --help'.");
    return USAGE;
  }
}
