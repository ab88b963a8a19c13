package org.chainbreaker.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Database property types become neo4j-admin import column types; mixed types widen. */
class AdminImportColumnsTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "String            | string",
      "Long              | long",
      "Double            | double",
      "DateTime          | datetime",
      "Date              | date",
      "StringArray       | string[]",
      "Long,Double       | double",
      "Long,String       | string",
      "LongArray,DoubleArray | double[]",
      "Boolean           | boolean"})
  void databaseTypesBecomeImportTypes(String databaseTypes, String importType) {
    assertThat(AdminImportColumns.type(List.of(databaseTypes.split(",")))).isEqualTo(importType);
  }

  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @CsvSource({"long, double, double", "long, long, long", "datetime, string, string", ", long, long"})
  void aPropertyOnSeveralLabelCombinationsTakesTheWiderType(String a, String b, String wider) {
    assertThat(AdminImportColumns.wider(a, b)).isEqualTo(wider);
  }
}
