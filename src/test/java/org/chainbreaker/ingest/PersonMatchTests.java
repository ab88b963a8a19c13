package org.chainbreaker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonMatchTests {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # case                                          | mention name | mention id | candidate name | candidate id | shares phone | shares address | verdict                | score
      same ID number, names differ                    | 王伟 | 530102199001010011 | 王 伟x | 530102199001010011 | false | false | SAME_BY_ID_NUMBER      | 1.0
      different ID numbers, same name and phone       | 王伟 | 530102199001010011 | 王伟   | 530102199001010029 | true  | false | POSSIBLY_SAME          | 0.5
      different ID numbers, same name and address     | 王伟 | 530102199001010011 | 王伟   | 530102199001010029 | false | true  | DIFFERENT              | 0.0
      same name and phone, no ID on the mention       | 王伟 | -                  | 王伟   | 530102199001010029 | true  | false | SAME_BY_NAME_AND_PHONE | 1.0
      same name and phone, no ID on the candidate     | 王伟 | 530102199001010011 | 王伟   | -                  | true  | false | SAME_BY_NAME_AND_PHONE | 1.0
      same name and phone, no IDs at all              | 王伟 | -                  | 王伟   | -                  | true  | true  | SAME_BY_NAME_AND_PHONE | 1.0
      same name and address, different phone         | 王伟 | -                  | 王伟   | -                  | false | true  | POSSIBLY_SAME          | 0.7
      same phone, different name (alias or burner)    | 王伟 | -                  | 李强   | -                  | true  | false | POSSIBLY_SAME          | 0.5
      same phone and address, different name          | 王伟 | -                  | 李强   | -                  | true  | true  | POSSIBLY_SAME          | 0.5
      same name only                                  | 王伟 | -                  | 王伟   | -                  | false | false | DIFFERENT              | 0.0
      nothing shared                                  | 王伟 | -                  | 李强   | -                  | false | false | DIFFERENT              | 0.0
      """)
  void theRuleDecidesInOrder(String description, String name, String idNumber, String candidateName,
      String candidateId, boolean sharesPhone, boolean sharesAddress, PersonMatch.Verdict verdict, double score) {
    PersonMatch match = PersonMatch.of(new PersonMention(name, idNumber, "17000000001", "云南省昆明市五华区人民路1号"),
        new PersonCandidate("P1", candidateName, candidateId, sharesPhone, sharesAddress));
    assertThat(match.verdict()).as(description).isEqualTo(verdict);
    assertThat(match.score()).as(description).isEqualTo(score);
  }

  @Nested
  class Resolver {

    @Test
    void aNewPersonGetsAStableIdFromIdNumberOrNameAndPhone() {
      assertThat(new PersonMention("王伟", "530102199001010011", "17000000001", null).newPersonId())
          .isEqualTo("ID-530102199001010011");
      assertThat(new PersonMention("王伟", null, "17000000001", null).newPersonId())
          .isEqualTo(new PersonMention("王伟", null, "17000000001", "elsewhere").newPersonId())
          .startsWith("NP-")
          .isNotEqualTo(new PersonMention("王伟", null, "17000000002", null).newPersonId());
    }

    @Test
    void mentionsOfOneBatchResolveAgainstEachOtherAsIfWrittenOneByOne() {
      PersonResolver resolver = new PersonResolver();
      var first = resolver.resolve(new PersonMention("王伟", null, "17000000001", "A"), List.of(), true, 0);
      var again = resolver.resolve(new PersonMention("王伟", "530102199001010011", "17000000001", null), List.of(),
          false, 1);
      assertThat(again.personId()).as("same name and phone: the person of the first row").isEqualTo(first.personId());
      assertThat(again.idNumber()).as("the ID number is recorded on that person").isEqualTo("530102199001010011");
      var byId = resolver.resolve(new PersonMention("王 伟", "530102199001010011", null, null), List.of(), false, 2);
      assertThat(byId.personId()).as("then found by the ID number").isEqualTo(first.personId());
      var sameHome = resolver.resolve(new PersonMention("王伟", null, "17000000009", "A"), List.of(), false, 3);
      assertThat(sameHome.personId()).isNotEqualTo(first.personId());
      assertThat(resolver.possiblySame()).singleElement().satisfies(pair -> {
        assertThat(pair.score()).isEqualTo(0.7);
        assertThat(pair.reason()).isEqualTo("same name and address, different phone");
        assertThat(pair.row()).isEqualTo(3);
        assertThat(pair.from()).isLessThan(pair.to());
      });
    }

    @Test
    void anIdNumberMatchWinsAndANameAndPhoneMatchWithoutIdBecomesACandidateLink() {
      PersonResolver resolver = new PersonResolver();
      var resolved = resolver.resolve(new PersonMention("王伟", "530102199001010011", "17000000001", null), List.of(
          new PersonCandidate("P000009", "王伟", null, true, false),
          new PersonCandidate("P000002", "王伟", "530102199001010011", false, false)), false, 0);
      assertThat(resolved.personId()).isEqualTo("P000002");
      assertThat(resolved.idNumber()).as("already known").isNull();
      assertThat(resolver.possiblySame()).singleElement()
          .satisfies(pair -> assertThat(pair.score()).isEqualTo(0.9));
    }

    @Test
    void tiesBetweenNameAndPhoneMatchesGoToTheSmallestId() {
      var resolved = new PersonResolver().resolve(new PersonMention("王伟", null, "17000000001", null), List.of(
          new PersonCandidate("P000009", "王伟", null, true, false),
          new PersonCandidate("P000002", "王伟", null, true, false)), false, 0);
      assertThat(resolved.personId()).isEqualTo("P000002");
    }
  }
}
