package org.chainbreaker.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

/** The query's size as graphql-java would expand it, measured from the parsed text alone. */
class FragmentExpansionLimitTests {

  /** Fragments each spreading the one before twice, one level of members > gang deeper: F_n doubles F_(n-1). */
  static String doubling(int n) {
    StringBuilder query = new StringBuilder("{ gang(id: \"G001\") { ...F" + n + " } } fragment F0 on Gang { id name }");
    for (int i = 1; i <= n; i++) {
      query.append(" fragment F").append(i).append(" on Gang { ...F").append(i - 1).append(" members { gang { ...F")
          .append(i - 1).append(" } } }");
    }
    return query.toString();
  }

  @Test
  void fragmentsAreMeasuredExpandedAndAtTheCostOfTheText() {
    // gang + n levels of members > gang + id: depth 2n + 2; fields: 1 + f(n) with f(0) = 2, f(n) = 2 f(n-1) + 2
    FragmentExpansionLimit.Size three = FragmentExpansionLimit.measure(Parser.parse(doubling(3)));
    assertThat(three.depth()).isEqualTo(8);
    assertThat(three.fields()).isEqualTo(1 + 30);
    // thirty doublings: a billion fields, measured at once
    FragmentExpansionLimit.Size thirty = FragmentExpansionLimit.measure(Parser.parse(doubling(30)));
    assertThat(thirty.depth()).isEqualTo(62);
    assertThat(thirty.fields()).isGreaterThan(1L << 30);
  }

  @Test
  void plainQueriesAndInlineFragmentsCountAsWritten() {
    FragmentExpansionLimit.Size size = FragmentExpansionLimit.measure(Parser.parse(
        "query A { stats { persons } } query B { search(text: \"x\") { entity { ... on Person { id name } } } }"));
    assertThat(size.depth()).isEqualTo(3);
    assertThat(size.fields()).isEqualTo(4);
  }

  @Test
  void cyclicAndUnknownFragmentsAreLeftToValidation() {
    FragmentExpansionLimit.Size size = FragmentExpansionLimit.measure(Parser.parse(
        "{ gang(id: \"G001\") { ...A ...Missing } } fragment A on Gang { id ...B } fragment B on Gang { name ...A }"));
    assertThat(size.depth()).as("gang > id").isEqualTo(2);
    assertThat(size.fields()).as("gang, id, name").isEqualTo(3);
  }
}
