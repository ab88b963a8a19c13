package org.chainbreaker.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainbreaker.testing.CommandOutcome.java;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chainbreaker.graph.EmbeddedNeo4j;
import org.chainbreaker.testing.ChainbreakerTest;
import org.chainbreaker.testing.CommandOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code export} command against the service's embedded database over Bolt: case packages to files and standard
 * output, its exit codes, and the neo4j-admin import files of the whole demo graph loaded by the real import tool
 * into a new store that then holds the same graph.
 */
@ChainbreakerTest
class ExportCommandIT {

  @Autowired
  EmbeddedNeo4j embedded;

  @Test
  void gangPackageAsGraphMlToAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("G001.graphml");
    CommandOutcome outcome = inProcess("export", "--gang", "G001", "--format", "graphml", "--out", file.toString(),
        "--uri", bolt());
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.err()).contains("nodes").contains(file.toString());
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(file.toFile());
    assertThat(document.getElementsByTagNameNS(CasePackageGraphMl.NAMESPACE, "node").getLength()).isGreaterThan(10);
    assertThat(document.getDocumentElement().getElementsByTagNameNS(CasePackageGraphMl.NAMESPACE, "graph").item(0)
        .getAttributes().getNamedItem("id").getNodeValue()).isEqualTo("Gang/G001");
  }

  @Test
  void selectionAsJsonOnStandardOutputValidates() {
    CommandOutcome outcome = inProcess("export", "--ids", "Gang/G001,Region/530000", "--title", "two", "--uri", bolt());
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(CasePackageSchema.errors(outcome.out())).isEmpty();
    JsonNode pack = JsonMapper.builder().build().readTree(outcome.out());
    assertThat(pack.get("nodes")).hasSize(2);
    assertThat(pack.get("subject").get("title").asString()).isEqualTo("two");
  }

  @Test
  void unknownCaseExitsFourNamingIt() {
    CommandOutcome outcome = inProcess("export", "--case", "NO-SUCH-CASE", "--uri", bolt());
    assertThat(outcome.exitCode()).isEqualTo(ExportCommand.UNKNOWN);
    assertThat(outcome.err()).contains("'Case/NO-SUCH-CASE'").doesNotContain("\tat ");
  }

  @Test
  void badFormatOrTwoSubjectsExitTwoNamingTheOption() {
    CommandOutcome format = inProcess("export", "--gang", "G001", "--format", "pdf", "--uri", bolt());
    assertThat(format.exitCode()).isEqualTo(ExportCommand.USAGE);
    assertThat(format.err()).contains("'--format'").contains("json, graphml, i2");
    CommandOutcome two = inProcess("export", "--gang", "G001", "--case", "X");
    assertThat(two.exitCode()).isEqualTo(ExportCommand.USAGE);
    assertThat(two.err()).contains("exactly one of");
  }

  @Test
  void unreachableDatabaseExitsThree() {
    CommandOutcome outcome = inProcess("export", "--gang", "G001", "--uri", "bolt://127.0.0.1:1");
    assertThat(outcome.exitCode()).isEqualTo(ExportCommand.UNREACHABLE);
    assertThat(outcome.err()).contains("bolt://127.0.0.1:1").contains("--uri");
  }

  @Test
  void packagedJarExportsAGangWithoutStartingTheService(@TempDir Path dir) throws Exception {
    Path jar = Path.of("target/chainbreaker.jar");
    assertThat(jar).as("the packaged application (failsafe runs after package)").exists();
    Path file = dir.resolve("G001.i2.zip");
    CommandOutcome outcome = process(List.of(java(), "-jar", jar.toString(), "export", "--gang", "G001", "--format", "i2",
        "--out", file.toString(), "--uri", bolt()), Map.of());
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(CasePackageFormatsTests.i2Files(Files.readAllBytes(file))).containsKeys("entities.csv", "links.csv");
    assertThat(outcome.out() + outcome.err()).doesNotContain("Started ChainbreakerApplication");
  }

  @Test
  void adminImportFilesOfTheDemoGraphLoadIntoANewStoreWithTheSameGraph(@TempDir Path dir) throws Exception {
    Path files = dir.resolve("import");
    CommandOutcome outcome = inProcess("export", "--admin-import", files.toString(), "--batch", "5000", "--uri", bolt());
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(files.resolve("import.sh")).exists();

    List<String> personHeader = header(files.resolve("nodes-Person.csv"));
    assertThat(personHeader).startsWith("id:ID(Person)", ":LABEL").contains("uid:string", "aliases:string[]",
        "birthYear:long");
    assertThat(header(files.resolve("nodes-Shipment.csv"))).startsWith("waybillNo:ID(Shipment)")
        .contains("weightKg:double", "sentAt:datetime");
    assertThat(header(files.resolve("relationships-SENT-Person-Shipment.csv")))
        .containsExactly(":START_ID(Person)", ":END_ID(Shipment)", ":TYPE");
    assertThat(header(files.resolve("relationships-CALLED-Phone-Phone.csv")))
        .startsWith(":START_ID(Phone)", ":END_ID(Phone)", ":TYPE").contains("at:datetime", "durationSec:long");

    // The real neo4j-admin import (the import tool ships with the embedded Neo4j) into an empty home, with the
    // arguments import.sh gives it, then the store opened the way the service opens its data directory.
    Path home = dir.resolve("store");
    Files.createDirectories(home.resolve("conf"));
    List<String> arguments = new java.util.ArrayList<>(List.of("database", "import", "full", "neo4j"));
    arguments.addAll(importArguments(files.resolve("import.sh")));
    ByteArrayOutputStream importOut = new ByteArrayOutputStream();
    PrintStream importPrint = new PrintStream(importOut, true, StandardCharsets.UTF_8);
    int code = AdminTool.execute(new ExecutionContext(home, home.resolve("conf"), importPrint, importPrint,
        new DefaultFileSystemAbstraction()), arguments.toArray(String[]::new));
    assertThat(code).as(importOut.toString(StandardCharsets.UTF_8)).isZero();

    Map<String, Long> expected = counts(embedded.database());
    DatabaseManagementService imported = new DatabaseManagementServiceBuilder(home).build();
    try {
      GraphDatabaseService database = imported.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      assertThat(counts(database)).as("entities by label and relationships by type").isEqualTo(expected);
      Map<String, Object> sample = database.executeTransactionally("""
          MATCH (p:Person:Entity)-[:SENT]->(s:Shipment:Entity) WHERE size(p.aliases) > 0
          RETURN p.aliases AS aliases, p.uid AS uid, s.weightKg AS weightKg, s.sentAt AS sentAt LIMIT 1""",
          Map.of(), result -> result.next());
      assertThat(sample.get("aliases")).as("arrays stay arrays").isInstanceOf(String[].class);
      assertThat(sample.get("weightKg")).isInstanceOf(Double.class);
      assertThat(sample.get("sentAt")).isInstanceOf(ZonedDateTime.class);
      assertThat((String) sample.get("uid")).startsWith("Person/");
    } finally {
      imported.shutdown();
    }
  }

  /** Entities by label and relationships between entities by type: what the bulk export promises to carry. */
  static Map<String, Long> counts(GraphDatabaseService database) {
    Map<String, Long> counts = new TreeMap<>();
    database.executeTransactionally("""
        MATCH (n:Entity) UNWIND labels(n) AS label RETURN label, count(*) AS n""", Map.of(), result -> {
      result.forEachRemaining(row -> counts.put(":" + row.get("label"), (Long) row.get("n")));
      return null;
    });
    database.executeTransactionally("""
        MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, count(*) AS n""", Map.of(), result -> {
      result.forEachRemaining(row -> counts.put("-" + row.get("type"), (Long) row.get("n")));
      return null;
    });
    return counts;
  }

  /** The --nodes and --relationships arguments (and options) of the generated import.sh, with absolute paths. */
  static List<String> importArguments(Path script) throws IOException {
    Path dir = script.getParent();
    return Files.readAllLines(script).stream().map(String::strip).filter(line -> line.startsWith("--"))
        .flatMap(line -> java.util.Arrays.stream(line.replace("\\", "").strip().split("\\s+")))
        .map(argument -> argument.replace("'", ""))
        .map(argument -> argument.startsWith("--nodes=") || argument.startsWith("--relationships=")
            ? argument.substring(0, argument.indexOf('=') + 1) + dir.resolve(argument.substring(argument.indexOf('=') + 1))
            : argument)
        .toList();
  }

  static List<String> header(Path csv) throws IOException {
    try (Reader reader = Files.newBufferedReader(csv); CSVParser parser = CSVFormat.DEFAULT.parse(reader)) {
      CSVRecord first = parser.iterator().next();
      return first.toList();
    }
  }

  private String bolt() {
    return embedded.boltUri().toString();
  }

  private static CommandOutcome inProcess(String... args) {
    return CommandOutcome.inProcess((out, err) -> new ExportCommand(out, err, Map.of()).execute(args));
  }

  static CommandOutcome process(List<String> command, Map<String, String> environment) throws Exception {
    return CommandOutcome.process(command, environment, java.time.Duration.ofMinutes(3));
  }

}
