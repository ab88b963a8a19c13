package org.chainbreaker.graph;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.convert.DurationStyle;

/**
 * How a command of the packaged application reaches Neo4j: the options every such command takes ({@code --uri}/
 * {@code -a}/{@code --address}, {@code --user}/{@code --username}/{@code -u}, {@code --password}/{@code -p},
 * {@code --database}/{@code -d}, {@code --timeout}), with defaults from the environment ({@code NEO4J_URI},
 * {@code NEO4J_USERNAME}, {@code NEO4J_PASSWORD}, {@code NEO4J_DATABASE}) as cypher-shell takes them. Filled in while
 * a command parses its arguments; a value it cannot use is an {@link InvalidOption} naming the option, which each
 * command reports in its own words.
 */
public final class ConnectionOptions {

  /** Where the embedded database of a service started with the defaults listens. */
  public static final String DEFAULT_URI = "bolt://127.0.0.1:7687";
  private static final Set<String> SCHEMES = Set.of("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc");
  private static final Set<String> OPTIONS = Set.of("--uri", "-a", "--address", "--user", "--username", "-u",
      "--password", "-p", "--database", "-d", "--timeout");

  private String uri;
  private String user;
  private String password;
  private String database;
  private Duration timeout;

  /** The environment's connection, and this command's default query timeout. */
  public ConnectionOptions(Map<String, String> env, Duration defaultTimeout) {
    this.uri = env.getOrDefault("NEO4J_URI", DEFAULT_URI);
    this.user = env.get("NEO4J_USERNAME");
    this.password = env.get("NEO4J_PASSWORD");
    this.database = env.getOrDefault("NEO4J_DATABASE", "");
    this.timeout = defaultTimeout;
  }

  /** Whether the option is one of these (its value then goes to {@link #set}). */
  public static boolean names(String option) {
    return OPTIONS.contains(option);
  }

  /** Takes a connection option's value; a timeout that is no positive duration is refused at once. */
  public void set(String option, String value) {
    switch (option) {
      case "--uri", "-a", "--address" -> uri = value;
      case "--user", "--username", "-u" -> user = value;
      case "--password", "-p" -> password = value;
      case "--database", "-d" -> database = value;
      case "--timeout" -> timeout = duration(value);
      default -> throw new IllegalArgumentException("not a connection option: " + option);
    }
  }

  /** The server's URI: bolt or neo4j scheme (with +s or +ssc), with a host. */
  public URI uri() {
    try {
      URI parsed = new URI(uri.strip());
      if (parsed.getScheme() == null || !SCHEMES.contains(parsed.getScheme().toLowerCase(Locale.ROOT))
          || parsed.getHost() == null) {
        throw new InvalidOption("--uri", "'" + uri + "': expected bolt://host:port or neo4j://host:port");
      }
      return parsed;
    } catch (URISyntaxException e) {
      throw new InvalidOption("--uri", "'" + uri + "' is not a URI: " + e.getReason());
    }
  }

  /** The user name; null for no authentication. */
  public String user() {
    return user;
  }

  /** The password; null when none was given. */
  public String password() {
    return password;
  }

  /** The database; empty for the server's default database. */
  public String database() {
    return database;
  }

  /** The query timeout. */
  public Duration timeout() {
    return timeout;
  }

  private static Duration duration(String text) {
    Duration duration;
    try {
      duration = DurationStyle.detectAndParse(text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidOption("--timeout", "'" + text + "' is not a duration (e.g. 30s, 500ms, 2m)");
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new InvalidOption("--timeout", "must be positive, was '" + text + "'");
    }
    return duration;
  }

  /** A connection option whose value cannot be used. */
  public static final class InvalidOption extends RuntimeException {

    private final String option;
    private final String problem;

    InvalidOption(String option, String problem) {
      super(option + " " + problem);
      this.option = option;
      this.problem = problem;
    }

    /** The option, e.g. {@code --uri}. */
    public String option() {
      return option;
    }

    /** What is wrong with its value. */
    public String problem() {
      return problem;
    }
  }
}
