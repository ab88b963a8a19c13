package org.chainbreaker.cli;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.convert.DurationStyle;

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

  static final String DEFAULT_URI = "bolt://127.0.0.1:7687";
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  private static final Set<String> SCHEMES = Set.of("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc");

  /** Parses the arguments after {@code cypher run}; throws {@link UsageException} on anything it cannot use. */
  static RunOptions parse(List<String> args, Map<String, String> env) {
    String script = null;
    Map<String, Object> parameters = new LinkedHashMap<>();
    OutputFormat format = OutputFormat.TABLE;
    String uri = env.getOrDefault("NEO4J_URI", DEFAULT_URI);
    String user = env.get("NEO4J_USERNAME");
    String password = env.get("NEO4J_PASSWORD");
    String database = env.getOrDefault("NEO4J_DATABASE", "");
    Duration timeout = DEFAULT_TIMEOUT;
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
          return new RunOptions(script, parameters, format, URI.create(DEFAULT_URI), null, null, "", timeout, true);
        }
        case "--param", "-P" -> {
          String value = inline != null ? inline : next(args, ++i, option);
          ParameterArgument parameter = ParameterArgument.parse(value);
          parameters.remove(parameter.name());
          parameters.put(parameter.name(), parameter.value());
        }
        case "--format", "-F" -> format = OutputFormat.named(inline != null ? inline : next(args, ++i, option));
        case "--uri", "-a", "--address" -> uri = inline != null ? inline : next(args, ++i, option);
        case "--user", "--username", "-u" -> user = inline != null ? inline : next(args, ++i, option);
        case "--password", "-p" -> password = inline != null ? inline : next(args, ++i, option);
        case "--database", "-d" -> database = inline != null ? inline : next(args, ++i, option);
        case "--timeout" -> timeout = duration(inline != null ? inline : next(args, ++i, option));
        default -> {
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
    return new RunOptions(script, parameters, format, uri(uri), user, password, database, timeout, false);
  }

  private static String next(List<String> args, int index, String option) {
    if (index >= args.size()) {
      throw new UsageException(option + " needs a value");
    }
    return args.get(index);
  }

  private static Duration duration(String text) {
    Duration duration;
    try {
      duration = DurationStyle.detectAndParse(text.strip());
    } catch (IllegalArgumentException e) {
      throw new UsageException("--timeout '" + text + "' is not a duration (e.g. 30s, 500ms, 2m)");
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new UsageException("--timeout must be positive");
    }
    return duration;
  }

  private static URI uri(String text) {
    try {
      URI uri = new URI(text.strip());
      if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
          || uri.getHost() == null) {
        throw new UsageException("--uri '" + text + "': expected bolt://host:port or neo4j://host:port");
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      throw new UsageException("--uri '" + text + "' is not a URI: " + e.getReason());
    }
  }
}
