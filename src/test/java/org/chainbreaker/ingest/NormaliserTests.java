package org.chainbreaker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormaliserTests {

  @ParameterizedTest(name = "phone ''{0}'' is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      13800000000          | 13800000000
      138 0000 0000        | 13800000000
      138-0000-0000        | 13800000000
      +86 138-0000-0000    | 13800000000
      0086 13800000000     | 13800000000
      １３８００００００００  | 13800000000
      (0871) 6318 0000     | 087163180000
      """)
  void phonesFromAnySourceAreTheSameDigits(String raw, String normalised) {
    assertThat(Normaliser.phone(raw)).isEqualTo(normalised);
  }

  @ParameterizedTest(name = "address ''{0}''")
  @CsvSource(delimiter = '|', textBlock = """
      云南省昆明市五华区人民路1号                 | 云南省昆明市五华区人民路1号
      '  云南省昆明市 五华区  人民路１号 '         | 云南省昆明市五华区人民路1号
      云南省昆明市五华区人民路1号　b座            | 云南省昆明市五华区人民路1号B座
      广州市天河区体育西路191号（中石化大厦）      | 广州市天河区体育西路191号(中石化大厦)
      Room 5  Block   B                       | ROOM 5 BLOCK B
      """)
  void addressesAreTrimmedCollapsedAndHalfWidth(String raw, String normalised) {
    assertThat(Normaliser.address(raw)).isEqualTo(normalised);
  }

  @ParameterizedTest(name = "name ''{0}''")
  @CsvSource(delimiter = '|', textBlock = """
      王伟            | 王伟
      ' 王 伟 '       | 王伟
      买买提・艾力     | 买买提·艾力
      买买提•艾力     | 买买提·艾力
      Aung  San      | Aung San
      """)
  void namesLoseSpacesBetweenChineseCharactersAndUnifyMiddleDots(String raw, String normalised) {
    assertThat(Normaliser.name(raw)).isEqualTo(normalised);
  }

  @ParameterizedTest(name = "key ''{0}''")
  @CsvSource(delimiter = '|', textBlock = """
      53010219900315051x    | 53010219900315051X
      530102 19900315 051X  | 53010219900315051X
      云A·8K3M2             | 云A8K3M2
      云a 8k3m2             | 云A8K3M2
      6217 0000-0000 0001   | 6217000000000001
      """)
  void idNumbersPlatesAndAccountsLoseSeparators(String raw, String normalised) {
    assertThat(Normaliser.idNumber(raw)).isEqualTo(normalised);
  }
}
