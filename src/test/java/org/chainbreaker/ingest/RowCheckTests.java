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
    assertThat(outcomes.get(4).reject().reason()).startsWith("not valid JSON at column 1: ");
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
    assertThat(check.header("f.csv", 1, List.of("callerphone", "startedat", "durationsec")))
        .isEqualTo(new Reject("f.csv", 1, "calleePhone",
            "header lacks required column(s) calleePhone for calls; the file was not imported"));
    assertThat(check.header("f.csv", 1, List.of("caller_phone", "calleephone", "startedat", "durationsec")).toString())
        .contains("callerPhone");
  }

  @Test
  void aPersonNeedsAnIdNumberOrAPhone() {
    List<RowCheck.Outcome> outcomes = check(ImportType.PERSONS, ImportFormat.CSV,
        "name,idNumber,phone\n王伟,,\n王伟,53010219900101001x,\n");
    assertThat(outcomes.get(0).reject().reason()).contains("idNumber or phone");
    assertThat(outcomes.get(1).checked().values()).containsEntry("idNumber", "53010219900101001X");
  }

  /** The outcomes read before the input became unreadable, and why it did (null when it never did). */
  record Reading(List<RowCheck.Outcome> outcomes, UnreadableInput stop) {}

  static Reading read(ImportType type, ImportFormat format, byte[] content) {
    RowCheck check = new RowCheck(type, Set.of("530102", "440106"));
    List<RowCheck.Outcome> outcomes = new ArrayList<>();
    try (RowSource rows = format.open("f.csv", new ByteArrayInputStream(content))) {
      rows.forEachRemaining(row -> outcomes.add(check.check(row)));
    } catch (UnreadableInput stop) {
      return new Reading(outcomes, stop);
    }
    return new Reading(outcomes, null);
  }

  static long line(RowCheck.Outcome outcome) {
    return outcome.reject() != null ? outcome.reject().line() : outcome.checked().raw().line();
  }

  @Test
  void csvLinesAreTheFilesPhysicalLinesAfterBlankLinesAndMultiLineRecords() {
    List<RowCheck.Outcome> outcomes = check(ImportType.GANGS, ImportFormat.CSV,
        "\nid,name,description\r\nG1,甲,\n\nG2,乙,\"two\nlines\"\n   \nG3,,x\n\n");
    assertThat(outcomes).extracting(RowCheckTests::line).containsExactly(3L, 5L, 8L);
    assertThat(outcomes.get(2).reject()).isEqualTo(new Reject("f.csv", 8, "name", "required value missing"));
  }

  @Test
  void aBrokenQuoteStopsTheReadingNamingTheLineItsRecordStartsOn() {
    StringBuilder csv = new StringBuilder("id,name,description\n");
    for (int i = 1; i <= 1500; i++) {
      csv.append("G").append(i).append(",甲,\n");
    }
    csv.append("\nGQB-BAD,\"bad \"quote\",d\n");
    for (int i = 1; i <= 10; i++) {
      csv.append("H").append(i).append(",乙,\n");
    }
    Reading reading = read(ImportType.GANGS, ImportFormat.CSV, csv.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(reading.outcomes()).hasSize(1500).allSatisfy(outcome -> assertThat(outcome.checked()).isNotNull());
    assertThat(reading.stop()).isNotNull();
    assertThat(reading.stop().line()).isEqualTo(1503);
    assertThat(reading.stop().getMessage()).startsWith("broken quoting in the record starting on line 1503");
  }

  @Test
  void aQuoteLeftOpenAtTheEndOfTheFileNamesTheLineItOpensOn() {
    Reading reading = read(ImportType.GANGS, ImportFormat.CSV,
        "id,name,description\nG1,甲,\nG2,乙,\"open\nstill open\n".getBytes(StandardCharsets.UTF_8));
    assertThat(reading.outcomes()).hasSize(1);
    assertThat(reading.stop().line()).isEqualTo(3);
    assertThat(reading.stop().getMessage()).contains("never closed");
  }

  @Test
  void bytesThatAreNotUtf8StopTheReadingOnTheirLineAfterEveryRowBefore() {
    StringBuilder csv = new StringBuilder("id,name,description\n");
    for (int i = 1; i <= 3000; i++) {
      csv.append("G").append(i).append(",甲乙丙丁,\n"); // far more than any reader's buffer
    }
    byte[] good = csv.toString().getBytes(StandardCharsets.UTF_8);
    byte[] gbk = "G-GBK,王伟,\nG-NEXT,乙,\n".getBytes(java.nio.charset.Charset.forName("GBK"));
    byte[] content = java.util.Arrays.copyOf(good, good.length + gbk.length);
    System.arraycopy(gbk, 0, content, good.length, gbk.length);
    for (ImportFormat format : List.of(ImportFormat.CSV)) {
      Reading reading = read(ImportType.GANGS, format, content);
      assertThat(reading.outcomes()).hasSize(3000).allSatisfy(outcome -> assertThat(outcome.checked()).isNotNull());
      assertThat(reading.stop().line()).isEqualTo(3002);
      assertThat(reading.stop().getMessage()).contains("line 3002 is not UTF-8").contains("0xCD");
    }
    Reading json = read(ImportType.GANGS, ImportFormat.JSON_LINES, "{\"id\": \"G1\", \"name\": \"甲\"}\n{\"id\": \"G2\", \"name\": \"王\"}\n".replace("王", "\u0000").getBytes(StandardCharsets.UTF_8));
    assertThat(json.stop()).isNull();
  }

  @Test
  void aColumnNamedTwiceInTheHeaderRefusesTheFile() {
    RowCheck check = new RowCheck(ImportType.GANGS, Set.of());
    Reject reject = check.header("f.csv", 1, List.of("id", "name", "name", "description"));
    assertThat(reject.column()).isEqualTo("name");
    assertThat(reject.reason()).contains("names column 'name' twice (columns 2 and 3").contains("not imported");
    assertThat(check.header("f.csv", 1, List.of("id", "name", "", "", "note", "note"))).isNull();
  }

  @Test
  void controlCharactersAndLoneSurrogatesAreRejectedNamingTheColumn() {
    for (String bad : List.of("甲\u0000", "a\u0001b", "a\u001Fb", "a\u007Fb", "a\u0085b", "a\uD800b", "a\uDC00")) {
      // JSON escapes: the only way a file in UTF-8 can carry a lone surrogate
      StringBuilder escaped = new StringBuilder();
      bad.chars().forEach(c -> escaped.append(String.format("\\u%04X", c)));
      String line = "{\"id\": \"G1\", \"name\": \"ok\", \"description\": \"" + escaped + "\"}\n";
      Reject reject = check(ImportType.GANGS, ImportFormat.JSON_LINES, line).get(0).reject();
      assertThat(reject).as(bad).isNotNull();
      assertThat(reject.column()).isEqualTo("description");
      assertThat(reject.reason()).containsAnyOf("control character U+", "lone surrogate U+");
    }
    // tab and line breaks inside a quoted value are text (whitespace, collapsed); a pair of surrogates is one character
    List<RowCheck.Outcome> fine = check(ImportType.GANGS, ImportFormat.CSV,
        "id,name,description\nG1,甲,\"a\tb\r\nc \uD840\uDC00\"\n");
    assertThat(fine.get(0).checked().values()).containsEntry("description", "a b c \uD840\uDC00");
  }

  @ParameterizedTest(name = "{0}: {2} characters")
  @CsvSource(textBlock = """
      name,     NAME,     100
      address,  ADDRESS,  300
      text,     TEXT,     2000
      alias,    NAMES,    100
      """)
  void valuesLongerThanTheirColumnsMaximumAreRejectedNamingTheLimit(String what, ColumnFormat format, int max) {
    assertThat(format.maxLength()).isEqualTo(max);
    assertThat(format.parse("王".repeat(max), List.of(), Set.of())).isNotNull();
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> format.parse("王".repeat(max + 1), List.of(),
        Set.of()))).hasMessage(String.format("too long: %,d characters, at most %,d", max + 1, max));
  }

  @Test
  void aNineThousandCharacterNameIsRejectedInItsColumn() {
    Reject reject = check(ImportType.PERSONS, ImportFormat.CSV, "name,phone\n" + "王".repeat(9000) + ",17000000001\n")
        .get(0).reject();
    assertThat(reject.column()).isEqualTo("name");
    assertThat(reject.reason()).isEqualTo("too long: 9,000 characters, at most 100");
    Reject huge = check(ImportType.PERSONS, ImportFormat.CSV, "name,phone\n" + "王".repeat(20_000) + ",17000000001\n")
        .get(0).reject();
    assertThat(huge.reason()).isEqualTo("too long: 20,000 characters, at most 100");
  }

  @Test
  void jsonLinesRejectsSayWhatIsWrongWithoutTheParsersInternals() {
    List<RowCheck.Outcome> outcomes = check(ImportType.GANGS, ImportFormat.JSON_LINES, """
        {"id": "G1", "name":
        {"id": "G2", "name": "甲" "x"}
        {"id": "G3", "name": "甲", "name": "乙"}
        {"id": "G4", "Name": "甲", "NAME": "乙"}
        """);
    assertThat(outcomes).extracting(outcome -> outcome.reject().line()).containsExactly(1L, 2L, 3L, 4L);
    assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.reject().reason())
        .doesNotContain("Source").doesNotContain("REDACTED").doesNotContain("StreamReadFeature")
        .doesNotContain("[").doesNotContain("\n"));
    assertThat(outcomes.get(0).reject().reason()).startsWith("not valid JSON at column ");
    assertThat(outcomes.get(2).reject().reason()).contains("name");
    assertThat(outcomes.get(3).reject().reason()).contains("'NAME'");
  }
}
