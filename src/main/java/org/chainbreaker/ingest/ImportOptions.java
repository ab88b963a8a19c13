package org.chainbreaker.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.convert.DurationStyle;

/**
 * The options of {@code import}, parsed from its arguments with connection defaults from the environment, as
 * {@code cypher run} takes them ({@code NEO4J_URI}, {@code NEO4J_USERNAME}, {@code NEO4J_PASSWORD},
 * {@code NEO4J_DATABASE}).
 *
 * @param format null: by each file's extension
 * @param rejects null: each file's rejects next to it
 */
record ImportOptions(ImportType type, List<Path> files, String source, ImportFormat format, Path rejects,
    int batchSize, URI uri, String user, String password, String database, Duration timeout, boolean help) {

  static final String DEFAULT_URI = "bolt://127.0.0.1:7687";
  private static final Set<String> SCHEMES = Set.of("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc");

  /** A command-line mistake; the message says which. */
  static final class UsageError extends RuntimeException {
    UsageError(String message) {
      super(message);
    }
  }

  /** Parses the arguments after {@code import}. */
  static ImportOptions parse(List<String> args, Map<String, String> env) {
    ImportType type = null;
    List<Path> files = new ArrayList<>();
    String source = "cli";
    ImportFormat format = null;
    Path rejects = null;
    int batchSize = IngestProperties.defaults().batchSize();
    String uri = env.getOrDefault("NEO4J_URI", DEFAULT_URI);
    String user = env.get("NEO4J_USERNAME");
    String password = env.get("NEO4J_PASSWORD");
    String database = env.getOrDefault("NEO4J_DATABASE", "");
    Duration timeout = Duration.ofMinutes(5);
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String option = arg;
      String inline = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        option = arg.substring(0, equals);
        inline = arg.substring(equals + 1);
      }
      switch (option) {
        case "--help", "-h" -> {
          return new ImportOptions(null, List.of(), source, null, null, batchSize, URI.create(DEFAULT_URI), null,
              null, "", timeout, true);
        }
        case "--type", "-t" -> {
          try {
            type = ImportType.named((inline != null ? inline : next(args, ++i, option)));
          } catch (ImportRefused e) {
            throw new UsageError(e.getMessage());
          }
        }
        case "--source", "-s" -> {
          source = (inline != null ? inline : next(args, ++i, option));
          try {
            source = ImportSource.check(source, "--source");
          } catch (RuntimeException e) {
            throw new UsageError(e.getMessage());
          }
        }
        case "--format", "-f" -> {
          try {
            format = ImportFormat.named((inline != null ? inline : next(args, ++i, option)));
          } catch (ImportRefused e) {
            throw new UsageError(e.getMessage());
          }
        }
        case "--rejects" -> {
          rejects = Path.of((inline != null ? inline : next(args, ++i, option)));
        }
        case "--batch-size" -> {
          String text = (inline != null ? inline : next(args, ++i, option));
          try {
            batchSize = Integer.parseInt(text);
          } catch (NumberFormatException e) {
            batchSize = 0;
          }
          if (batchSize < 1 || batchSize > 50_000) {
            throw new UsageError("--batch-size must be a whole number from 1 to 50000, was '" + text + "'");
          }
        }
        case "--uri", "-a", "--address" -> {
          uri = (inline != null ? inline : next(args, ++i, option));
        }
        case "--user", "--username", "-u" -> {
          user = (inline != null ? inline : next(args, ++i, option));
        }
        case "--password", "-p" -> {
          password = (inline != null ? inline : next(args, ++i, option));
        }
        case "--database", "-d" -> {
          database = (inline != null ? inline : next(args, ++i, option));
        }
        case "--timeout" -> {
          timeout = duration((inline != null ? inline : next(args, ++i, option)));
        }
        default -> {
          if (arg.startsWith("-") && arg.length() > 1) {
            throw new UsageError("Unknown option " + arg);
          }
          files.add(Path.of(arg));
        }
      }
    }
    if (type == null) {
      throw new UsageError("No --type given (one of " + ImportType.labels() + ")");
    }
    if (files.isEmpty()) {
      throw new UsageError("No file given");
    }
    return new ImportOptions(type, List.copyOf(files), source, format, rejects, batchSize, uri(uri), user, password,
        database, timeout, false);
  }

  private static String next(List<String> args, int index, String option) {
    if (index >= args.size()) {
      throw new UsageError(option + " needs a value");
    }
    return args.get(index);
  }

  private static Duration duration(String text) {
    try {
      Duration duration = DurationStyle.detectAndParse(text.strip());
      if (duration.isNegative() || duration.isZero()) {
        throw new UsageError("--timeout must be positive");
      }
      return duration;
    } catch (IllegalArgumentException e) {
      throw new UsageError("--timeout '" + text + "' is not a duration (e.g. 30s, 5m)");
    }
  }

  private static URI uri(String text) {
    try {
      URI uri = new URI(text.strip());
      if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
          || uri.getHost() == null) {
        throw new UsageError("--uri '" + text + "': expected bolt://host:port or neo4j://host:port");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new UsageError("--uri '" + text + "' is not a URI: " + e.getReason());
    }
  }
}
