package org.chainbreaker.cli;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainbreaker.graph.ConnectionOptions;

/**
 * The options of {@code cypher run}, parsed from its arguments with defaults from the environment
 * ({@code NEO4J_URI}, {@code NEO4J_USERNAME}, {@code NEO4J_PASSWORD}, {@code NEO4J_DATABASE}).
 *
 * @param parameters the {@code --param} values by name, in the order given (a later one replaces an earlier one)
 * @param user null for no authentication
 * @param database empty for the server's default database
 */
record RunOptions(String script, Map<String, Object> parameters, OutputFormat format, URI uri, String user,
    String password, String database, Duration timeout, boolean help) {

  static final String DEFAULT_URI = ConnectionOptions.DEFAULT_URI;
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  /** Parses the arguments after {@code cypher run}; throws {@link UsageException} on anything it cannot use. */
  static RunOptions parse(List<String> args, Map<String, String> env) {
    String script = null;
    Map<String, Object> parameters = new LinkedHashMap<>();
    OutputFormat format = OutputFormat.TABLE;
    ConnectionOptions connection = new ConnectionOptions(env, DEFAULT_TIMEOUT);
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String option = arg;
      String inline = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        option = arg.substring(0, equals);
        inline = arg.substring(equals + 1);
      } else if (arg.startsWith("-P") && arg.length() > 2) {
        option = "-P";
        inline = arg.substring(2);
      }
      switch (option) {
        case "--help", "-h" -> {
          return new RunOptions(script, parameters, format, URI.create(DEFAULT_URI), null, null, "", DEFAULT_TIMEOUT,
              true);
        }
        case "--param", "-P" -> {
          String value = inline != null ? inline : next(args, ++i, option);
          ParameterArgument parameter = ParameterArgument.parse(value);
          parameters.remove(parameter.name());
          parameters.put(parameter.name(), parameter.value());
        }
        case "--format", "-F" -> format = OutputFormat.named(inline != null ? inline : next(args, ++i, option));
        default -> {
          if (ConnectionOptions.names(option)) {
            set(connection, option, inline != null ? inline : next(args, ++i, option));
            continue;
          }
          if (arg.startsWith("-") && arg.length() > 1) {
            throw new UsageException("Unknown option " + arg);
          }
          if (script != null) {
            throw new UsageException("One script at a time: got '" + script + "' and '" + arg + "'");
          }
          script = arg;
        }
      }
    }
    if (script == null) {
      throw new UsageException("No script given");
    }
    return new RunOptions(script, parameters, format, uri(connection), connection.user(),
        connection.password(), connection.database(), connection.timeout(), false);
  }

  private static String next(List<String> args, int index, String option) {
    if (index >= args.size()) {
      throw new UsageException(option + " needs a value");
    }
    return args.get(index);
  }

  private static void set(ConnectionOptions connection, String option, String value) {
    try {
      connection.set(option, value);
    } catch (ConnectionOptions.InvalidOption e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static URI uri(ConnectionOptions connection) {
    try {
      return connection.uri();
    } catch (ConnectionOptions.InvalidOption e) {
      throw new UsageException(e.getMessage());
    }
  }
}
