package org.chainbreaker.ingest;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chainbreaker.graph.ConnectionOptions;

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

  static final String DEFAULT_URI = ConnectionOptions.DEFAULT_URI;
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

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
    ConnectionOptions connection = new ConnectionOptions(env, DEFAULT_TIMEOUT);
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
              null, "", DEFAULT_TIMEOUT, true);
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
        default -> {
          if (ConnectionOptions.names(option)) {
            String value = inline != null ? inline : next(args, ++i, option);
            try {
              connection.set(option, value);
            } catch (ConnectionOptions.InvalidOption e) {
              throw new UsageError(e.getMessage());
            }
            continue;
          }
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
    URI uri;
    try {
      uri = connection.uri();
    } catch (ConnectionOptions.InvalidOption e) {
      throw new UsageError(e.getMessage());
    }
    return new ImportOptions(type, List.copyOf(files), source, format, rejects, batchSize, uri, connection.user(),
        connection.password(), connection.database(), connection.timeout(), false);
  }

  private static String next(List<String> args, int index, String option) {
    if (index >= args.size()) {
      throw new UsageError(option + " needs a value");
    }
    return args.get(index);
  }
}
