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
  void everyRiskRuleDeclaresItsIdNameWeightDescriptionAndTheRuleContract() throws IOException {
    // The rule catalogue reads these headers (no Java per rule); the scorer passes $waybillNos and reads the four
    // returned columns, so a rule that strays from them would fail at scoring time instead of here.
    List<Path> rules = scripts().stream().filter(script -> script.startsWith(Path.of("cypher", "rules"))).toList();
    assertThat(rules).as("cypher/rules/*.cypher").isNotEmpty();
    for (Path rule : rules) {
      String text = Files.readString(rule);
      String header = text.lines().takeWhile(line -> line.startsWith("//")).reduce("", (a, b) -> a + b + "\n");
      String id = rule.getFileName().toString().replace(".cypher", "");
      assertThat(header).as(rule + " header")
          .contains("// Rule: " + id + "\n", "// Name: ", "// Description: ", "$waybillNos", "Returns one row per shipment")
          .containsPattern("(?m)^// Weight: \\d+(\\.\\d+)?$");
      String body = text.substring(header.length());
      assertThat(body).as(rule + " body").contains("$waybillNos")
          .contains("AS waybillNo", "AS evidence", "AS links", "AS reason");
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
