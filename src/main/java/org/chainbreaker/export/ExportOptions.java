package org.chainbreaker.export;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chainbreaker.graph.ConnectionOptions;

/**
 * The options of the {@code export} command, parsed from its arguments with connection defaults from the environment
 * ({@code NEO4J_URI}, {@code NEO4J_USERNAME}, {@code NEO4J_PASSWORD}, {@code NEO4J_DATABASE}), as {@code cypher run}.
 *
 * @param subject the subject kind, or null for a selection or a bulk export
 * @param key the subject's key (case number, gang id ...)
 * @param ids the selection's entity ids (empty unless {@code --ids} or {@code --ids-file})
 * @param adminImport the directory for the neo4j-admin import files, or null for a case package
 * @param out the file to write the package to; null for standard output
 * @param limit most parcels for person, seizure and shipment packages; null for the default
 */
record ExportOptions(SubjectKind subject, String key, List<String> ids, String title, Path adminImport,
    PackageFormat format, Path out, Integer limit, int batch, URI uri, String user, String password,
    String database, Duration timeout, boolean help) {

  static final String DEFAULT_URI = ConnectionOptions.DEFAULT_URI;
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);
  /** The options that take a value, besides the subjects (--case, --gang ...) and the connection options. */
  private static final Set<String> OPTIONS = Set.of("--ids", "--ids-file", "--admin-import", "--title", "--format",
      "-F", "--out", "-o", "--limit", "--batch");

  /** Parses the arguments after {@code export}; throws {@link InvalidExportRequestException} naming the option. */
  static ExportOptions parse(List<String> args, Map<String, String> env) {
    SubjectKind subject = null;
    String key = null;
    List<String> ids = new ArrayList<>();
    String title = null;
    Path adminImport = null;
    PackageFormat format = PackageFormat.JSON;
    Path out = null;
    Integer limit = null;
    int batch = AdminImportExport.DEFAULT_BATCH;
    ConnectionOptions connection = new ConnectionOptions(env, DEFAULT_TIMEOUT);
    int sources = 0;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String option = arg;
      String inline = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        option = arg.substring(0, equals);
        inline = arg.substring(equals + 1);
      }
      if (option.equals("--help") || option.equals("-h")) {
        return new ExportOptions(null, null, List.of(), null, null, format, null, null, batch,
            URI.create(DEFAULT_URI), null, null, "", DEFAULT_TIMEOUT, true);
      }
      Optional<SubjectKind> kind = option.startsWith("--") ? SubjectKind.named(option.substring(2)) : Optional.empty();
      if (kind.isEmpty() && !OPTIONS.contains(option) && !ConnectionOptions.names(option)) {
        throw new InvalidExportRequestException(option, "unknown option (try export --help)");
      }
      String value = inline != null ? inline : next(args, ++i, option);
      if (ConnectionOptions.names(option)) {
        try {
          connection.set(option, value);
        } catch (ConnectionOptions.InvalidOption e) {
          throw new InvalidExportRequestException(e.option(), e.problem());
        }
        continue;
      }
      if (kind.isPresent()) {
        subject = kind.get();
        key = value;
        sources++;
        continue;
      }
      switch (option) {
        case "--ids" -> {
          Arrays.stream(value.split(",")).map(String::strip).filter(id -> !id.isEmpty()).forEach(ids::add);
          sources++;
        }
        case "--ids-file" -> {
          ids.addAll(idsFile(Path.of(value)));
          sources++;
        }
        case "--admin-import" -> {
          adminImport = Path.of(value);
          sources++;
        }
        case "--title" -> title = value;
        case "--format", "-F" -> format = PackageFormat.named(value, "--format");
        case "--out", "-o" -> out = value.equals("-") ? null : Path.of(value);
        case "--limit" -> limit = integer(value, "--limit");
        case "--batch" -> batch = integer(value, "--batch");
        default -> throw new IllegalStateException("Option without a case: " + option);
      }
    }
    if (sources != 1) {
      throw new InvalidExportRequestException("subject", "give exactly one of --" + String.join(", --",
          SubjectKind.names().split(", ")) + ", --ids, --ids-file or --admin-import");
    }
    if (batch < 1) {
      throw new InvalidExportRequestException("--batch", "must be positive, was " + batch);
    }
    if (adminImport == null && format == PackageFormat.I2 && out == null) {
      throw new InvalidExportRequestException("--out", "the i2 format is a zip file: give --out FILE");
    }
    URI uri;
    try {
      uri = connection.uri();
    } catch (ConnectionOptions.InvalidOption e) {
      throw new InvalidExportRequestException(e.option(), e.problem());
    }
    return new ExportOptions(subject, key, List.copyOf(ids), title, adminImport, format, out, limit, batch, uri,
        connection.user(), connection.password(), connection.database(), connection.timeout(), false);
  }

  private static String next(List<String> args, int index, String option) {
    if (index >= args.size()) {
      throw new InvalidExportRequestException(option, "needs a value");
    }
    return args.get(index);
  }

  private static List<String> idsFile(Path file) {
    try {
      return Files.readAllLines(file).stream().map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    } catch (IOException e) {
      throw new InvalidExportRequestException("--ids-file", "cannot read " + file + ": " + e.getMessage());
    }
  }

  private static int integer(String text, String option) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidExportRequestException(option, "not a whole number: '" + text + "'");
    }
  }
}
