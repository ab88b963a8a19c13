package org.chainbreaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line of {@code cypher run}: usage errors exit with 2 before any connection is tried. */
class CypherCommandTests {

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  // An address nothing listens on: a usage error must be reported before any attempt to connect.
  final CypherCommand command = new CypherCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
      new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("NEO4J_URI", "bolt://127.0.0.1:1"));

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void missingScriptIsAUsageError() {
    assertThat(command.execute("cypher", "run")).isEqualTo(2);
    assertThat(err()).contains("No script given").contains("--help");
  }

  @Test
  void scriptThatIsNeitherAFileNorShippedIsAUsageErrorListingTheShippedOnes() {
    assertThat(command.execute("cypher", "run", "analysis/no-such-script")).isEqualTo(2);
    assertThat(err()).contains("No script 'analysis/no-such-script'").contains("analysis/paths");
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(command.execute("cypher", "run", "analysis/paths", "--verbose")).isEqualTo(2);
    assertThat(err()).contains("Unknown option --verbose");
  }

  @Test
  void unknownSubcommandIsAUsageError() {
    assertThat(command.execute("cypher", "explain", "analysis/paths")).isEqualTo(2);
    assertThat(err()).contains("cypher explain");
  }

  @Test
  void malformedParameterIsAUsageErrorNamingIt() {
    assertThat(command.execute("cypher", "run", "analysis/regions-known", "--param", "codes => ['530000',"))
        .isEqualTo(2);
    assertThat(err()).contains("--param codes: invalid literal at position");
  }

  @Test
  void badFormatTimeoutOrUriAreUsageErrors() {
    assertThat(command.execute("cypher", "run", "analysis/paths", "--format", "xml")).isEqualTo(2);
    assertThat(command.execute("cypher", "run", "analysis/paths", "--timeout", "soon")).isEqualTo(2);
    assertThat(command.execute("cypher", "run", "analysis/paths", "--uri", "http://localhost:7474")).isEqualTo(2);
    assertThat(command.execute("cypher", "run", "analysis/paths", "--param")).isEqualTo(2);
    assertThat(err()).contains("--format 'xml'").contains("--timeout 'soon'").contains("bolt://")
        .contains("--param needs a value");
  }

  @Test
  void helpPrintsUsageAndSucceeds() {
    assertThat(command.execute("cypher", "run", "--help")).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: cypher run SCRIPT").contains("Exit codes");
  }

  @Test
  void optionsAcceptCypherShellAndShortForms() {
    RunOptions options = RunOptions.parse(java.util.List.of("-Plimit=5", "--param=ids => ['a']", "-P", "k => 2",
        "analysis/paths", "--format=json", "-a", "neo4j://db:7687", "-u", "neo4j", "-p", "secret", "-d", "cases",
        "--timeout", "2m"), Map.of());
    assertThat(options.parameters()).containsEntry("limit", 5L).containsEntry("ids", java.util.List.of("a"))
        .containsEntry("k", 2L);
    assertThat(options.format()).isEqualTo(OutputFormat.JSON);
    assertThat(options.uri()).hasToString("neo4j://db:7687");
    assertThat(options.user()).isEqualTo("neo4j");
    assertThat(options.database()).isEqualTo("cases");
    assertThat(options.timeout()).hasMinutes(2);
  }

  @Test
  void connectionDefaultsComeFromTheEnvironmentThenTheEmbeddedServicesAddress() {
    assertThat(RunOptions.parse(java.util.List.of("x"), Map.of()).uri()).hasToString("bolt://127.0.0.1:7687");
    RunOptions fromEnv = RunOptions.parse(java.util.List.of("x"),
        Map.of("NEO4J_URI", "bolt://other:7688", "NEO4J_USERNAME", "analyst", "NEO4J_PASSWORD", "pw"));
    assertThat(fromEnv.uri()).hasToString("bolt://other:7688");
    assertThat(fromEnv.user()).isEqualTo("analyst");
    assertThat(fromEnv.password()).isEqualTo("pw");
    assertThat(fromEnv.user()).isNotNull();
    assertThat(RunOptions.parse(java.util.List.of("x"), Map.of()).user()).isNull();
  }
}
