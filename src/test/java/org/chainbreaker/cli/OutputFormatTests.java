package org.chainbreaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Table, JSON and CSV forms of a result of scalar rows. */
class OutputFormatTests {

  static final ResultRows REGIONS = new ResultRows(List.of("code", "known", "name", "weightKg"), List.of(
      Arrays.asList("530000", true, "云南省", 12.5),
      Arrays.asList("XX-99", false, null, 3L)));

  private static String render(OutputFormat format, ResultRows rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    format.write(rows, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void tableHasHeaderAlignedColumnsAndRowCount() {
    List<String> lines = render(OutputFormat.TABLE, REGIONS).lines().toList();
    assertThat(lines).containsExactly(
        "code   | known | name   | weightKg",
        "-------+-------+--------+---------",
        "530000 | true  | 云南省 | 12.5",
        "XX-99  | false | null   | 3",
        "2 rows");
  }

  @Test
  void tableShowsListsAndMapsReadablyAndCountsOneRow() {
    ResultRows rows = new ResultRows(List.of("ids", "at"), List.<List<Object>>of(Arrays.asList(
        List.of("a", 1L, Map.of("k", "v")), LocalDate.of(2026, 4, 1))));
    assertThat(render(OutputFormat.TABLE, rows).lines().toList())
        .containsExactly("ids                | at", "-------------------+-----------",
            "['a', 1, {k: 'v'}] | 2026-04-01", "1 row");
  }

  @Test
  void tableOfNoRowsSaysSo() {
    assertThat(render(OutputFormat.TABLE, new ResultRows(List.of(), List.of()))).isEqualTo("0 rows\n");
  }

  @Test
  void jsonIsAnArrayOfRowObjectsWithIsoTemporals() {
    ResultRows rows = new ResultRows(List.of("code", "known", "at", "list"), List.of(Arrays.asList(
        "530000", true, ZonedDateTime.of(2026, 4, 1, 8, 30, 0, 0, ZoneOffset.UTC), List.of(1L, "x"))));
    JsonNode json = JsonOutput.MAPPER.readTree(render(OutputFormat.JSON, rows));
    assertThat(json.isArray()).isTrue();
    assertThat(json.get(0).propertyNames()).containsExactly("code", "known", "at", "list");
    assertThat(json.get(0).get("code").asString()).isEqualTo("530000");
    assertThat(json.get(0).get("known").asBoolean()).isTrue();
    assertThat(json.get(0).get("at").asString()).isEqualTo("2026-04-01T08:30:00Z");
    assertThat(json.get(0).get("list").get(0).asLong()).isEqualTo(1L);
    assertThat(JsonOutput.MAPPER.readTree(render(OutputFormat.JSON, REGIONS)).get(1).get("name").isNull()).isTrue();
  }

  @Test
  void jsonOfNoRowsIsAnEmptyArray() {
    assertThat(render(OutputFormat.JSON, new ResultRows(List.of(), List.of())).strip()).isEqualTo("[]");
  }

  @Test
  void csvHasTheColumnsAsHeaderAndComplexValuesAsJson() throws IOException {
    ResultRows rows = new ResultRows(List.of("code", "known", "codes", "note"), List.of(
        Arrays.asList("530000", true, List.of("a", "b"), "with, comma \"quoted\"\nand a line"),
        Arrays.asList("XX-99", false, null, "")));
    List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(render(OutputFormat.CSV, rows))).getRecords();
    assertThat(records).hasSize(2);
    assertThat(records.get(0).getParser().getHeaderNames()).containsExactly("code", "known", "codes", "note");
    assertThat(records.get(0).get("known")).isEqualTo("true");
    assertThat(records.get(0).get("codes")).isEqualTo("[\"a\",\"b\"]");
    assertThat(records.get(0).get("note")).isEqualTo("with, comma \"quoted\"\nand a line");
    assertThat(records.get(1).get("codes")).isEmpty();
  }
}
