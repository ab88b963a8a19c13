package org.chainbreaker.takedown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chainbreaker.api.InvalidArgumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scope and size of a key-player ranking are checked before anything reaches the database. */
class KeyPlayerArgumentsTests {

  // No database: every input here is refused before the first query.
  final KeyPlayerAnalysis analysis = new KeyPlayerAnalysis(null, new TakedownProperties(5000, 1000, 42, 10_000));

  void refused(KeyPlayersInput input, String argument, String message) {
    assertThatThrownBy(() -> analysis.keyPlayers(input)).isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
      assertThat(e.argument()).isEqualTo(argument);
      assertThat(e.getMessage()).contains(message);
    });
  }

  @Test
  void twoScopesAreRefusedNamingBoth() {
    refused(new KeyPlayersInput("G001", null, List.of("Person/P000001"), null, null), "input",
        "given: gangId, personIds");
  }

  @Test
  void wholeGraphFalseIsNoScope() {
    refused(new KeyPlayersInput(null, " ", null, false, null), "input", "give exactly one scope");
  }

  @Test
  void anIdOfAnotherKindIsNotAPerson() {
    refused(new KeyPlayersInput(null, null, List.of("Person/P000001", "Gang/G001"), null, null), "input.personIds",
        "'Gang/G001' is not a person id");
  }

  @Test
  void anEmptyPersonListIsRefused() {
    refused(new KeyPlayersInput(null, null, List.of(), null, null), "input.personIds", "give 1 to 5000");
  }

  @ParameterizedTest
  @CsvSource({"0", "101", "-5"})
  void firstOutsideOneToAHundredIsRefused(int first) {
    refused(new KeyPlayersInput(null, null, null, true, first), "input.first", "was " + first);
  }

  @ParameterizedTest
  @CsvSource({"1, 1st", "2, 2nd", "3, 3rd", "4, 4th", "11, 11th", "12, 12th", "13, 13th", "21, 21st", "102, 102nd"})
  void placesReadAsOrdinals(int place, String words) {
    assertThat(KeyPlayerAnalysis.ordinal(place)).isEqualTo(words);
  }
}
