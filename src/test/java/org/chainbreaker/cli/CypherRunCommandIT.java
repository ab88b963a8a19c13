package org.chainbreaker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainbreaker.testing.CommandOutcome.java;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.chainbreaker.graph.EmbeddedNeo4j;
import org.chainbreaker.testing.ChainbreakerTest;
import org.chainbreaker.testing.CommandOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Analyst scripts run three ways against the service's embedded database over Bolt: {@code cypher run} in-process,
 * the real cypher-shell (provisioned into target/cypher-shell/lib by the build) and the packaged jar.
 */
@ChainbreakerTest
class CypherRunCommandIT {

  static final Path CYPHER_SHELL_LIB = Path.of("target/cypher-shell/lib");
  static final Duration PROCESS_TIMEOUT = Duration.ofMinutes(3);

  @Autowired
  EmbeddedNeo4j embedded;

  /** The cypher/analysis scripts with the cypher-shell arguments of their header's "// Example:". */
  record Example(Path script, List<String> parameterArguments) {
    @Override
    public String toString() {
      return script.getFileName().toString();
    }
  }

  static Stream<Example> analysisExamples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("cypher/analysis"))) {
      List<Path> scripts = files.filter(file -> file.toString().endsWith(".cypher")).sorted().toList();
      assertThat(scripts).isNotEmpty();
      List<Example> examples = new ArrayList<>();
      for (Path script : scripts) {
        examples.add(example(script));
      }
      return examples.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("analysisExamples")
  void headerExampleRunsThroughTheCommandAndCypherShellWithTheSameRows(Example example) throws Exception {
    List<String> command = new ArrayList<>(List.of("cypher", "run", example.script().toString()));
    command.addAll(example.parameterArguments());
    command.addAll(List.of("--format", "json", "--uri", bolt()));
    CommandOutcome ours = inProcess(command.toArray(String[]::new));
    assertThat(ours.exitCode()).as(ours.err()).isZero();
    JsonNode rows = JsonOutput.MAPPER.readTree(ours.out());
    assertThat(rows.isArray()).as("a JSON array of rows: " + ours.out()).isTrue();

    List<String> shell = new ArrayList<>(List.of(java(), "-cp", CYPHER_SHELL_LIB.resolve("*").toString(),
        "org.neo4j.shell.Main", "-a", bolt(), "--non-interactive", "--format", "plain"));
    shell.addAll(example.parameterArguments());
    shell.addAll(List.of("-f", example.script().toString()));
    CommandOutcome theirs = process(shell);
    assertThat(theirs.exitCode()).as("cypher-shell: " + theirs.err()).isZero();
    // Plain format: a header line, then one line per row; nothing at all for no rows.
    List<String> lines = theirs.out().lines().filter(line -> !line.isBlank()).toList();
    assertThat(rows.size()).as("rows from cypher run and from cypher-shell")
        .isEqualTo(lines.isEmpty() ? 0 : lines.size() - 1);
  }

  @Test
  void writeIsRefusedWithExitOneAndNothingIsWritten(@TempDir Path dir) throws IOException {
    Path script = Files.writeString(dir.resolve("write.cypher"), "CREATE (:CliWriteProbe {at: 1}) RETURN 1 AS done");
    CommandOutcome outcome = inProcess("cypher", "run", script.toString(), "--uri", bolt());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err()).contains("Query failed").contains("read access mode");
    long written = embedded.database().executeTransactionally("MATCH (n:CliWriteProbe) RETURN count(n) AS n",
        Map.of(), result -> (Long) result.next().get("n"));
    assertThat(written).isZero();
  }

  @Test
  void syntaxErrorExitsOneWithTheServersPosition(@TempDir Path dir) throws IOException {
    Path script = Files.writeString(dir.resolve("typo.cypher"), "// Purpose: a typo\nMATCH (n:Person) RETRUN n");
    CommandOutcome outcome = inProcess("cypher", "run", script.toString(), "--uri", bolt());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err()).contains("RETRUN").contains("line 2, column 18").doesNotContain("\tat org.");
  }

  @Test
  void queryOverItsTimeoutExitsOneAndSaysHowToGiveMore(@TempDir Path dir) throws IOException {
    Path script = Files.writeString(dir.resolve("slow.cypher"), """
        UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS pairs""");
    CommandOutcome outcome = inProcess("cypher", "run", script.toString(), "--uri", bolt(), "--timeout", "300ms");
    assertThat(outcome.exitCode()).as(outcome.out()).isEqualTo(1);
    assertThat(outcome.err()).contains("--timeout");
  }

  @Test
  void missingScriptExitsTwo() {
    CommandOutcome outcome = inProcess("cypher", "run", "analysis/no-such-analysis", "--uri", bolt());
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("No script 'analysis/no-such-analysis'");
  }

  @Test
  void unreachableUriExitsThreeNamingIt() {
    CommandOutcome outcome = inProcess("cypher", "run", "analysis/regions-known", "--param", "codes => []",
        "--uri", "bolt://127.0.0.1:1");
    assertThat(outcome.exitCode()).isEqualTo(3);
    assertThat(outcome.err()).contains("bolt://127.0.0.1:1").contains("must be running").contains("--uri");
  }

  @Test
  void csvParsesBackWithTheReturnColumnsAsHeader() throws IOException {
    CommandOutcome outcome = inProcess("cypher", "run", "analysis/timeline", "--param", "id => 'Person/P005001'",
        "--param", "limit=5", "--format", "csv", "--uri", bolt());
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    try (CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(outcome.out()))) {
      assertThat(csv.getHeaderNames()).containsExactly("at", "kind", "subject", "counterpart", "detail", "total");
      var records = csv.getRecords();
      assertThat(records).isNotEmpty().hasSizeLessThanOrEqualTo(5);
      JsonNode subject = JsonOutput.MAPPER.readTree(records.get(0).get("subject"));
      assertThat(subject.get("labels").isArray()).as("a node cell is the node's JSON").isTrue();
    }
  }

  @Test
  void jsonGivesNodesByUidAndRelationshipsBetweenThem() {
    CommandOutcome outcome = inProcess("cypher", "run", "analysis/paths", "--param", "source => 'Person/P005001'",
        "--param", "target => 'Person/P005010'", "--format", "json", "--uri", bolt());
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    JsonNode path = JsonOutput.MAPPER.readTree(outcome.out()).get(0);
    List<String> nodeIds = path.get("nodes").valueStream().map(node -> node.get("id").asString()).toList();
    assertThat(nodeIds.get(0)).isEqualTo("Person/P005001");
    assertThat(nodeIds.get(nodeIds.size() - 1)).isEqualTo("Person/P005010");
    for (JsonNode relationship : path.get("relationships")) {
      assertThat(relationship.get("type").asString()).isNotBlank();
      assertThat(nodeIds).contains(relationship.get("start").asString(), relationship.get("end").asString());
    }
    assertThat(outcome.err()).contains("passed as null").contains("$maxHops");
  }

  @Test
  void tableShowsNodesAndRelationshipsCompactly() {
    CommandOutcome outcome = inProcess("cypher", "run", "cypher/analysis/paths.cypher", "--param",
        "source => 'Person/P005001'", "--param", "target => 'Person/P005010'", "--param", "k => 2", "--uri", bolt());
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out()).startsWith("nodes ").contains("(:Person Person/P005001)").containsPattern("\\[:[A-Z_]+]")
        .containsPattern("(?m)^[12] rows?$");
  }

  @Test
  void packagedJarRunsAShippedScriptWithoutStartingTheService() throws Exception {
    Path jar = Path.of("target/chainbreaker.jar");
    assertThat(jar).as("the packaged application (failsafe runs after package)").exists();
    CommandOutcome outcome = process(List.of(java(), "-jar", jar.toString(), "cypher", "run", "analysis/regions-known",
        "--param", "codes => ['530000','XX-99']", "--uri", bolt()));
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out().lines().toList())
        .anyMatch(line -> line.matches("530000\\s*\\|\\s*true"))
        .anyMatch(line -> line.matches("XX-99\\s*\\|\\s*false"))
        .contains("2 rows");
    assertThat(outcome.out() + outcome.err()).doesNotContain("Started ChainbreakerApplication");
  }

  private String bolt() {
    return embedded.boltUri().toString();
  }

  private static CommandOutcome inProcess(String... args) {
    return CommandOutcome.inProcess((out, err) ->
        new CypherCommand(new PrintStream(out, true, StandardCharsets.UTF_8), err, Map.of()).execute(args));
  }

  private static CommandOutcome process(List<String> command) throws IOException, InterruptedException {
    return CommandOutcome.process(command, Map.of(), PROCESS_TIMEOUT);
  }

  /** The {@code --param} arguments of a script's "// Example: cypher-shell ... -f cypher/analysis/X.cypher". */
  static Example example(Path script) throws IOException {
    List<String> header = Files.readAllLines(script).stream().takeWhile(line -> line.startsWith("//")).toList();
    StringBuilder text = new StringBuilder();
    boolean inExample = false;
    for (String line : header) {
      String content = line.substring(2).strip();
      if (content.startsWith("Example:")) {
        inExample = true;
        content = content.substring("Example:".length());
      } else if (inExample && content.matches("^[A-Z][a-z]+:.*")) {
        break;
      }
      if (inExample) {
        text.append(' ').append(content);
      }
    }
    List<String> words = shellWords(text.toString());
    assertThat(words).as(script + " example").isNotEmpty();
    assertThat(words.get(0)).as(script + " example").isEqualTo("cypher-shell");
    List<String> parameters = new ArrayList<>();
    String file = null;
    for (int i = 1; i < words.size(); i++) {
      switch (words.get(i)) {
        case "--param", "-P" -> {
          parameters.add("--param");
          parameters.add(words.get(++i));
        }
        case "-f", "--file" -> file = words.get(++i);
        default -> throw new AssertionError(script + " example has an argument this test does not know: "
            + words.get(i));
      }
    }
    assertThat(file).as(script + " example runs the script itself").isEqualTo(script.toString().replace('\\', '/'));
    return new Example(script, parameters);
  }

  /** Splits a command line as a POSIX shell would for the quoting the examples use. */
  static List<String> shellWords(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (quote == '"' && c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
          word.append(line.charAt(++i));
        } else {
          word.append(c);
        }
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        if (word == null) {
          word = new StringBuilder();
        }
        if (c == '"' || c == '\'') {
          quote = c;
        } else {
          word.append(c);
        }
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }
}
