package org.chainbreaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every analyst-facing Cypher script says what it does, what it takes and how to run it, and looks entities up
 * through the one index on their ids.
 */
class CypherScriptHeadersTests {

  /** A node pattern matching on uid under a label other than Entity: {@code (p:Person {uid: ...})}. */
  static final Pattern UID_WITHOUT_ENTITY = Pattern.compile("\\((\\w*)((?::\\w+)+)\\s*\\{\\s*uid\\s*:");

  static List<Path> scripts() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("cypher"))) {
      return files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList();
    }
  }

  @Test
  void uidLookupsNameTheEntityLabel() throws IOException {
    // uid is indexed (unique) only under :Entity: "(p:Person {uid: $id})" scans every person for each lookup, which
    // made arrest plans at demo scale 30 spend minutes in label scans.
    for (Path script : scripts()) {
      Matcher lookup = UID_WITHOUT_ENTITY.matcher(Files.readString(script));
      while (lookup.find()) {
        assertThat(List.of(lookup.group(2).split(":"))).as(script + ": " + lookup.group()).contains("Entity");
      }
    }
  }

  @Test
  void everyCypherFileStartsWithPurposeParametersAndExample() throws IOException {
    List<Path> scripts = scripts();
    assertThat(scripts).isNotEmpty();
    for (Path script : scripts) {
      String text = Files.readString(script);
      assertThat(text).as(script.toString()).startsWith("// Purpose:");
      String header = text.lines().takeWhile(line -> line.startsWith("//")).reduce("", (a, b) -> a + b + "\n");
      assertThat(header).as(script + " header").contains("// Parameters:").contains("// Example:");
    }
  }
}
