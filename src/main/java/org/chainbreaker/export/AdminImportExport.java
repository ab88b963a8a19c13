package org.chainbreaker.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chainbreaker.graph.CypherRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Writes the graph's entities and their relationships as CSV files in the {@code neo4j-admin database import} header
 * format, for loading a large graph offline: one node file per label ({@code nodes-Person.csv}: {@code id:ID(Person)},
 * {@code :LABEL}, {@code uid}, typed properties), one relationship file per type and end labels
 * ({@code relationships-SENT-Person-Shipment.csv}: {@code :START_ID(Person)}, {@code :END_ID(Shipment)},
 * {@code :TYPE}, typed properties), and {@code import.sh} with the exact command. Each label is its own id space,
 * keyed by the entity's natural key (the part of its entity id after the slash), which the ID column also stores as
 * the key property ({@code id}, {@code waybillNo}, {@code code} ...). Reads page by page in entity-id order, so memory
 * stays flat.
 */
final class AdminImportExport {

  static final int DEFAULT_BATCH = 10_000;
  static final String ARRAY_DELIMITER = ";";
  static final String SCRIPT = "import.sh";
  private static final String ENTITY = "Entity";
  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private final CypherRunner runner;
  private final Path dir;
  private final int batch;
  private final Map<String, CsvFile> nodeFiles = new TreeMap<>();
  private final Map<String, CsvFile> relationshipFiles = new TreeMap<>();
  private Map<String, Map<String, String>> nodeTypes;
  private Map<String, Map<String, String>> relationshipTypes;

  /** What was written: rows per file name. */
  record Summary(Path dir, Map<String, Long> nodeRows, Map<String, Long> relationshipRows) {

    long nodes() {
      return nodeRows.values().stream().mapToLong(Long::longValue).sum();
    }

    long relationships() {
      return relationshipRows.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  AdminImportExport(CypherRunner runner, Path dir, int batch) {
    this.runner = runner;
    this.dir = dir;
    this.batch = batch;
  }

  /** Writes every file; {@code progress} is told the number of nodes written after each page. */
  Summary write(Consumer<Long> progress) {
    try {
      Files.createDirectories(dir);
      nodeTypes = propertyTypes("export/admin-node-properties", AdminImportExport::primaryLabel);
      relationshipTypes = propertyTypes("export/admin-relationship-properties",
          r -> r.get("type").asString().replaceAll("^:`|`$", ""));
      String after = "";
      long written = 0;
      while (true) {
        List<Record> page = runner.read("export/admin-nodes", Map.of("after", after, "batch", batch), r -> r);
        for (Record node : page) {
          writeNode(node);
        }
        written += page.size();
        progress.accept(written);
        if (page.size() < batch) {
          break;
        }
        after = page.get(page.size() - 1).get("uid").asString();
      }
      for (CsvFile file : nodeFiles.values()) {
        file.close();
      }
      for (CsvFile file : relationshipFiles.values()) {
        file.close();
      }
      writeScript();
      return new Summary(dir, counts(nodeFiles), counts(relationshipFiles));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the import files in " + dir, e);
    }
  }

  private void writeNode(Record record) throws IOException {
    String uid = record.get("uid").asString();
    String label = label(uid);
    Map<String, Object> properties = record.get("properties").asMap();
    CsvFile file = nodeFiles.get(label);
    if (file == null) {
      file = nodeFile(label, key(uid), properties);
      nodeFiles.put(label, file);
    }
    List<String> labels = record.get("labels").asList(Value::asString);
    file.row(key(uid), String.join(ARRAY_DELIMITER, labels), properties);
    for (Value relationship : record.get("relationships").values()) {
      String type = relationship.get("type").asString();
      String target = relationship.get("target").asString();
      String name = "relationships-" + type + "-" + label + "-" + label(target) + ".csv";
      CsvFile out = relationshipFiles.get(name);
      if (out == null) {
        out = relationshipFile(name, type, label, label(target));
        relationshipFiles.put(name, out);
      }
      out.row(key(uid), key(target), relationship.get("properties").asMap());
    }
  }

  private CsvFile nodeFile(String label, String key, Map<String, Object> first) throws IOException {
    // The ID column stores the natural key under its property name: the property whose value is the key.
    String keyProperty = first.entrySet().stream()
        .filter(entry -> !entry.getKey().equals("uid") && key.equals(String.valueOf(entry.getValue())))
        .map(Map.Entry::getKey).sorted().findFirst().orElse("");
    Map<String, String> columns = new LinkedHashMap<>(nodeTypes.getOrDefault(label, Map.of()));
    columns.remove(keyProperty);
    List<String> header = new ArrayList<>(List.of(keyProperty + ":ID(" + label + ")", ":LABEL"));
    columns.forEach((property, type) -> header.add(property + ":" + type));
    return new CsvFile(dir.resolve("nodes-" + label + ".csv"), header, List.copyOf(columns.keySet()),
        List.copyOf(columns.values()));
  }

  private CsvFile relationshipFile(String name, String type, String from, String to) throws IOException {
    Map<String, String> columns = relationshipTypes.getOrDefault(type, Map.of());
    List<String> header = new ArrayList<>(List.of(":START_ID(" + from + ")", ":END_ID(" + to + ")", ":TYPE"));
    columns.forEach((property, columnType) -> header.add(property + ":" + columnType));
    CsvFile file = new CsvFile(dir.resolve(name), header, List.copyOf(columns.keySet()),
        List.copyOf(columns.values()));
    file.type = type;
    return file;
  }

  private Map<String, Map<String, String>> propertyTypes(String script,
      java.util.function.Function<Record, String> owner) {
    Map<String, Map<String, String>> types = new TreeMap<>();
    for (Record r : runner.read(script, Map.of(), r -> r)) {
      String name = owner.apply(r);
      if (name == null) {
        continue;
      }
      Map<String, String> properties = types.computeIfAbsent(name, ignored -> new TreeMap<>());
      if (!r.get("property").isNull()) {
        String type = AdminImportColumns.type(r.get("types").asList(Value::asString));
        properties.merge(r.get("property").asString(), type, AdminImportColumns::wider);
      }
    }
    return types;
  }

  /** The label of an entity's node file: its one label besides :Entity; null for nodes that are no entities. */
  private static String primaryLabel(Record r) {
    List<String> labels = r.get("labels").asList(Value::asString);
    if (!labels.contains(ENTITY)) {
      return null;
    }
    return labels.stream().filter(label -> !label.equals(ENTITY)).findFirst().orElse(null);
  }

  private static String label(String uid) {
    return uid.substring(0, uid.indexOf('/'));
  }

  private static String key(String uid) {
    return uid.substring(uid.indexOf('/') + 1);
  }

  private void writeScript() throws IOException {
    StringBuilder script = new StringBuilder("""
        #!/bin/sh
        # Loads these files into a new, empty database with neo4j-admin (Neo4j 5.26): see the README, "Bulk loading
        # with neo4j-admin". Set NEO4J_ADMIN to the command (default: neo4j-admin on the PATH) and NEO4J_HOME to the
        # home of the database (for Chainbreaker's embedded database: its data directory, chainbreaker.embedded.data-dir).
        # Without a Neo4j installation, the application jar carries the import tool:
        #   NEO4J_ADMIN="java -Dloader.main=org.neo4j.cli.AdminTool -cp /path/to/chainbreaker.jar \
        #     org.springframework.boot.loader.launch.PropertiesLauncher"
        # Extra options (e.g. --overwrite-destination) go after the script name.
        set -e
        cd "$(dirname "$0")"
        ${NEO4J_ADMIN:-neo4j-admin} database import full neo4j "$@" \\
          --id-type=string --array-delimiter=';' --skip-bad-relationships=false\
        """);
    // The database name goes first: --nodes and --relationships take several files, so a name after them would be
    // read as one more file.
    for (CsvFile file : nodeFiles.values()) {
      script.append(" \\\n  --nodes=").append(file.path.getFileName());
    }
    for (CsvFile file : relationshipFiles.values()) {
      script.append(" \\\n  --relationships=").append(file.path.getFileName());
    }
    script.append("\n");
    Path path = dir.resolve(SCRIPT);
    Files.writeString(path, script, StandardCharsets.UTF_8);
    path.toFile().setExecutable(true);
  }

  private static Map<String, Long> counts(Map<String, CsvFile> files) {
    Map<String, Long> counts = new TreeMap<>();
    files.values().forEach(file -> counts.put(file.path.getFileName().toString(), file.rows));
    return counts;
  }

  /** One CSV file being written: header, then rows with the fixed columns and the typed properties. */
  private static final class CsvFile {
    final Path path;
    final List<String> properties;
    final List<String> types;
    final BufferedWriter writer;
    final CSVPrinter printer;
    String type;
    long rows;

    CsvFile(Path path, List<String> header, List<String> properties, List<String> types) throws IOException {
      this.path = path;
      this.properties = properties;
      this.types = types;
      this.writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
      this.printer = new CSVPrinter(writer, CSV);
      printer.printRecord(header);
    }

    /** A node row (id, labels) or a relationship row (start, end; the type is the file's). */
    void row(String first, String second, Map<String, Object> values) throws IOException {
      List<String> row = new ArrayList<>(List.of(first, second));
      if (type != null) {
        row.add(type);
      }
      for (String property : properties) {
        row.add(cell(values.get(property)));
      }
      printer.printRecord(row);
      rows++;
    }

    void close() throws IOException {
      printer.close();
    }

    private static String cell(Object value) {
      if (value == null) {
        return null;
      }
      if (value instanceof List<?> list) {
        return String.join(ARRAY_DELIMITER, list.stream().map(PropertyValues::scalarText).toList());
      }
      return PropertyValues.scalarText(value);
    }
  }
}
