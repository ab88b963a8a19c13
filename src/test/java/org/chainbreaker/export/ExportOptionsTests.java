package org.chainbreaker.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The export command's options: one subject, a known format, and errors that name the option. */
class ExportOptionsTests {

  static ExportOptions parse(String... args) {
    return ExportOptions.parse(List.of(args), Map.of());
  }

  @Test
  void gangToGraphMlFile() {
    ExportOptions options = parse("--gang", "G001", "--format=graphml", "--out", "G001.graphml");
    assertThat(options.subject()).isEqualTo(SubjectKind.GANG);
    assertThat(options.key()).isEqualTo("G001");
    assertThat(options.format()).isEqualTo(PackageFormat.GRAPHML);
    assertThat(options.out()).isEqualTo(Path.of("G001.graphml"));
    assertThat(options.uri()).hasToString(ExportOptions.DEFAULT_URI);
  }

  @Test
  void idsAreSplitAtCommas() {
    assertThat(parse("--ids", "Person/P1, Shipment/SF1,,Gang/G001").ids())
        .containsExactly("Person/P1", "Shipment/SF1", "Gang/G001");
  }

  @Test
  void unknownOptionIsNamedEvenWithoutAValue() {
    assertThatThrownBy(() -> parse("--gang", "G001", "--verbose"))
        .isInstanceOf(InvalidExportRequestException.class).hasMessageContaining("'--verbose'")
        .hasMessageContaining("unknown option");
  }

  @Test
  void exactlyOneSubject() {
    assertThatThrownBy(() -> parse("--format", "json")).hasMessageContaining("exactly one of --case");
    assertThatThrownBy(() -> parse("--gang", "G001", "--admin-import", "dir")).hasMessageContaining("exactly one");
  }

  @Test
  void i2NeedsAFileBecauseItIsAZip() {
    assertThatThrownBy(() -> parse("--case", "A1", "--format", "i2")).hasMessageContaining("'--out'");
  }

  @Test
  void badFormatNamesTheOptionAndTheChoices() {
    assertThatThrownBy(() -> parse("--case", "A1", "--format", "pdf"))
        .hasMessageContaining("'--format'").hasMessageContaining("json, graphml, i2");
  }
}
