package org.chainbreaker.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectionOptionsTests {

  @Test
  void defaultsComeFromTheEnvironmentAsCypherShellTakesThem() {
    ConnectionOptions options = new ConnectionOptions(Map.of("NEO4J_URI", "neo4j://province-a:7687",
        "NEO4J_USERNAME", "analyst", "NEO4J_PASSWORD", "secret", "NEO4J_DATABASE", "yunnan"), Duration.ofSeconds(30));
    assertThat(options.uri()).isEqualTo(URI.create("neo4j://province-a:7687"));
    assertThat(options.user()).isEqualTo("analyst");
    assertThat(options.password()).isEqualTo("secret");
    assertThat(options.database()).isEqualTo("yunnan");
    assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void withoutEnvironmentTheLocalEmbeddedDatabaseWithoutAuthentication() {
    ConnectionOptions options = new ConnectionOptions(Map.of(), Duration.ofMinutes(2));
    assertThat(options.uri()).isEqualTo(URI.create(ConnectionOptions.DEFAULT_URI));
    assertThat(options.user()).isNull();
    assertThat(options.database()).isEmpty();
    assertThat(options.timeout()).isEqualTo(Duration.ofMinutes(2));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      --uri      | bolt+s://centre.example:7687
      -a         | bolt+s://centre.example:7687
      --address  | bolt+s://centre.example:7687
      """)
  void everySpellingOfAnOptionSetsIt(String option, String value) {
    ConnectionOptions options = new ConnectionOptions(Map.of("NEO4J_URI", "bolt://elsewhere:7687"), Duration.ZERO);
    assertThat(ConnectionOptions.names(option)).isTrue();
    options.set(option, value);
    assertThat(options.uri()).isEqualTo(URI.create(value));
  }

  @Test
  void optionsOverrideTheEnvironment() {
    ConnectionOptions options = new ConnectionOptions(Map.of("NEO4J_USERNAME", "env-user"), Duration.ZERO);
    options.set("-u", "cli-user");
    options.set("-p", "pw");
    options.set("-d", "guangdong");
    options.set("--timeout", "500ms");
    assertThat(options.user()).isEqualTo("cli-user");
    assertThat(options.password()).isEqualTo("pw");
    assertThat(options.database()).isEqualTo("guangdong");
    assertThat(options.timeout()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void onlyConnectionOptionsAreNamed() {
    assertThat(ConnectionOptions.names("--param")).isFalse();
    assertThat(ConnectionOptions.names("--type")).isFalse();
    assertThat(ConnectionOptions.names("--timeout")).isTrue();
  }

  @ParameterizedTest(name = "--timeout {0}")
  @CsvSource(delimiter = '|', textBlock = """
      soon | is not a duration
      0s   | must be positive
      -5s  | must be positive
      """)
  void aTimeoutThatIsNoPositiveDurationIsRefusedNamingTheOption(String value, String problem) {
    ConnectionOptions options = new ConnectionOptions(Map.of(), Duration.ofSeconds(1));
    assertThatThrownBy(() -> options.set("--timeout", value)).isInstanceOf(ConnectionOptions.InvalidOption.class)
        .hasMessageStartingWith("--timeout ").hasMessageContaining(problem)
        .satisfies(e -> assertThat(((ConnectionOptions.InvalidOption) e).option()).isEqualTo("--timeout"));
  }

  @ParameterizedTest(name = "--uri {0}")
  @CsvSource(delimiter = '|', textBlock = """
      http://localhost:7474 | expected bolt://host:port or neo4j://host:port
      bolt:///no-host       | expected bolt://host:port or neo4j://host:port
      'bolt://bad host'     | is not a URI
      """)
  void aUriThatIsNoBoltOrNeo4jServerIsRefusedNamingTheOption(String value, String problem) {
    ConnectionOptions options = new ConnectionOptions(Map.of(), Duration.ofSeconds(1));
    options.set("--uri", value);
    assertThatThrownBy(options::uri).isInstanceOf(ConnectionOptions.InvalidOption.class)
        .hasMessageStartingWith("--uri '").hasMessageContaining(problem);
  }
}
