package org.chainbreaker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowCheckTests {

  static final String HEADER = "callerPhone,calleePhone,startedAt,durationSec";

  static List<RowCheck.Outcome> check(ImportType type, ImportFormat format, String content) {
    RowCheck check = new RowCheck(type, Set.of("530102", "440106"));
    List<RowCheck.Outcome> outcomes = new ArrayList<>();
    try (RowSource rows = format.open("f.csv", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)))) {
      rows.forEachRemaining(row -> outcomes.add(check.check(row)));
    }
    return outcomes;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a missing key             | ,17000000002,2026-03-01T10:00:00+08:00,30          | callerPhone | required value missing
      a bad date                | 17000000001,17000000002,2026-02-30 10:00,30        | startedAt   | not a date-time
      a bad number              | 17000000001,17000000002,2026-03-01T10:00:00Z,3o    | durationSec | not a whole number
      a negative number         | 17000000001,17000000002,2026-03-01T10:00:00Z,-3    | durationSec | negative
      a bad phone               | 17000000001,call me,2026-03-01T10:00:00Z,30        | calleePhone | not a phone number
      too few columns           | 17000000001,17000000002,2026-03-01T10:00:00Z       | *           | wrong column count: 3 fields, the header has 4
      too many columns          | 17000000001,17000000002,2026-03-01T10:00:00Z,30,x  | *           | wrong column count: 5 fields, the header has 4
      """)
  void aBadRowIsRejectedWithLineColumnAndReason(String description, String row, String column, String reason) {
    List<RowCheck.Outcome> outcomes = check(ImportType.CALLS, ImportFormat.CSV,
        HEADER + "\n17000000001,17000000002,2026-03-01T10:00:00+08:00,30\n" + row + "\n");
    assertThat(outcomes.get(0).checked()).isNotNull();
    Reject reject = outcomes.get(1).reject();
    assertThat(reject).as(description).isNotNull();
    assertThat(reject.line()).isEqualTo(3);
    assertThat(reject.column()).isEqualTo(column);
    assertThat(reject.reason()).contains(reason);
  }

  @Test
  void anUnknownRegionCodeIsRejected() {
    List<RowCheck.Outcome> outcomes = check(ImportType.SEIZURES, ImportFormat.JSON_LINES, """
        {"id": "SZ-1", "drugType": "heroin", "quantityKg": 1, "seizedAt": "2026-03-01", "address": "x", "region": "530102"}
        {"id": "SZ-2", "drugType": "HEROIN", "quantityKg": 1, "seizedAt": "2026-03-01", "address": "x", "region": "539999"}
        {"id": "SZ-3", "drugType": "SUGAR", "quantityKg": 1, "seizedAt": "2026-03-01"}
        {"id": "SZ-4", "drugType": "HEROIN", "quantityKg": 1, "seizedAt": "2026-03-01", "address": "x"}
        not json
        """);
    assertThat(outcomes.get(0).checked().values()).containsEntry("drugType", "HEROIN").containsEntry("region", "530102");
    assertThat(outcomes.get(1).reject()).isEqualTo(new Reject("f.csv", 2, "region",
        "unknown region code '539999' (not in the GB/T 2260 catalogue)"));
    assertThat(outcomes.get(2).reject().column()).isEqualTo("drugType");
    assertThat(outcomes.get(3).reject()).isEqualTo(new Reject("f.csv", 4, "region", "required with address"));
    assertThat(outcomes.get(4).reject().column()).isEqualTo("*");
    assertThat(outcomes.get(4).reject().reason()).startsWith("not a JSON object");
  }

  @Test
  void foreignRegionCodesKeepTheirDash() {
    assertThat(ColumnFormat.REGION.parse(" mm-17 ", List.of(), Set.of("MM-17"))).isEqualTo("MM-17");
  }

  @Test
  void linesCountFromTheHeaderAndAcrossQuotedLineBreaks() {
    List<RowCheck.Outcome> outcomes = check(ImportType.GANGS, ImportFormat.CSV,
        "id,name,description\nG1,甲,\"two\nlines\"\nG2,,x\n");
    assertThat(outcomes.get(0).checked().values()).containsEntry("description", "two lines");
    assertThat(outcomes.get(1).reject()).isEqualTo(new Reject("f.csv", 4, "name", "required value missing"));
  }

  @Test
  void aHeaderWithoutARequiredColumnRefusesTheFile() {
    RowCheck check = new RowCheck(ImportType.CALLS, Set.of());
    assertThat(check.header("f.csv", List.of("callerphone", "startedat", "durationsec")))
        .isEqualTo(new Reject("f.csv", 1, "calleePhone",
            "header lacks required column(s) calleePhone for calls; the file was not imported"));
    assertThat(check.header("f.csv", List.of("caller_phone", "calleephone", "startedat", "durationsec")).toString())
        .contains("callerPhone");
  }

  @Test
  void aPersonNeedsAnIdNumberOrAPhone() {
    List<RowCheck.Outcome> outcomes = check(ImportType.PERSONS, ImportFormat.CSV,
        "name,idNumber,phone\n王伟,,\n王伟,53010219900101001x,\n");
    assertThat(outcomes.get(0).reject().reason()).contains("idNumber or phone");
    assertThat(outcomes.get(1).checked().values()).containsEntry("idNumber", "53010219900101001X");
  }
}
