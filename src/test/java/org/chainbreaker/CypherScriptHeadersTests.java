package org.chainbreaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every analyst-facing Cypher script says what it does, what it takes and how to run it. */
class CypherScriptHeadersTests {

  @Test
  void everyCypherFileStartsWithPurposeParametersAndExample() throws IOException {
    List<Path> scripts;
    try (Stream<Path> files = Files.walk(Path.of("cypher"))) {
      scripts = files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList();
    }
    assertThat(scripts).isNotEmpty();
    for (Path script : scripts) {
      String text = Files.readString(script);
      assertThat(text).as(script.toString()).startsWith("// Purpose:");
      String header = text.lines().takeWhile(line -> line.startsWith("//")).reduce("", (a, b) -> a + b + "\n");
      assertThat(header).as(script + " header").contains("// Parameters:").contains("// Example:");
    }
  }
}
