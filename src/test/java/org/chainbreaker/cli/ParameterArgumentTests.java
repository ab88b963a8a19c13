package org.chainbreaker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --param} values as cypher-shell takes them, parsed without the server. */
class ParameterArgumentTests {

  private static Object literal(String expression) {
    ParameterArgument parameter = ParameterArgument.parse("p => " + expression);
    assertThat(parameter.name()).isEqualTo("p");
    return parameter.value();
  }

  @Nested
  class Literals {

    @Test
    void stringsInSingleOrDoubleQuotesWithEscapes() {
      assertThat(literal("'Person/P005001'")).isEqualTo("Person/P005001");
      assertThat(literal("\"double\"")).isEqualTo("double");
      assertThat(literal("'it\\'s'")).isEqualTo("it's");
      assertThat(literal("\"say \\\"hi\\\"\"")).isEqualTo("say \"hi\"");
      assertThat(literal("'a\\nb\\tc\\\\d'")).isEqualTo("a\nb\tc\\d");
      assertThat(literal("'\\u4e91\\u5357'")).isEqualTo("云南");
      assertThat(literal("'云南省 => \"x\"'")).isEqualTo("云南省 => \"x\"");
      assertThat(literal("''")).isEqualTo("");
    }

    @Test
    void integersAreLongsInDecimalHexAndOctal() {
      assertThat(literal("50")).isEqualTo(50L);
      assertThat(literal("-7")).isEqualTo(-7L);
      assertThat(literal("0x1F")).isEqualTo(31L);
      assertThat(literal("0o17")).isEqualTo(15L);
      assertThat(literal("1_000")).isEqualTo(1000L);
      assertThat(literal("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void floatsAreDoubles() {
      assertThat(literal("1.5")).isEqualTo(1.5);
      assertThat(literal("-0.25")).isEqualTo(-0.25);
      assertThat(literal(".5")).isEqualTo(0.5);
      assertThat(literal("1e3")).isEqualTo(1000.0);
      assertThat(literal("2.5E-1")).isEqualTo(0.25);
    }

    @Test
    void booleansAndNullInAnyCase() {
      assertThat(literal("true")).isEqualTo(true);
      assertThat(literal("FALSE")).isEqualTo(false);
      assertThat(literal("null")).isNull();
      assertThat(literal("  NULL  ")).isNull();
    }

    @Test
    void listsAndMapsNest() {
      assertThat(literal("['530000', 'XX-99']")).isEqualTo(List.of("530000", "XX-99"));
      assertThat(literal("[]")).isEqualTo(List.of());
      assertThat(literal("{}")).isEqualTo(Map.of());
      Map<String, Object> inner = new LinkedHashMap<>();
      inner.put("b", Arrays.asList(1L, null, 2.5));
      inner.put("odd key", true);
      Map<String, Object> expected = new LinkedHashMap<>();
      expected.put("a", List.of("x", List.of()));
      expected.put("m", inner);
      assertThat(literal("{a: ['x', []], m: {b: [1, null, 2.5], `odd key`: true}}")).isEqualTo(expected);
    }
  }

  @Nested
  class Errors {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        ids => ['a', ]          | --param ids: invalid literal at position 8 of " ['a', ]": unexpected ']'
        ids => ['a' 'b']        | --param ids: invalid literal at position 7 of " ['a' 'b']": expected ',' or ']'
        name => 'open           | --param name: invalid literal at position 2 of " 'open": string not closed
        m => {a 1}              | --param m: invalid literal at position 5 of " {a 1}": expected ':' after the map key 'a'
        d => date('2026-01-01') | --param d: invalid literal at position 2 of " date('2026-01-01')": 'date' is not a literal
        n => 12abc              | --param n: invalid literal at position 4 of " 12abc": unexpected 'a' in a number
        n => 99999999999999999999 | --param n: invalid literal at position 2 of " 99999999999999999999": number out of range
        s => 'a\\qb'            | --param s: invalid literal at position 4 of " 'a\\qb'": unknown escape
        x =>                    | --param x: invalid literal at position 1 of "": expected a value but the text ended
        x => 1 2                | --param x: invalid literal at position 4 of " 1 2": unexpected '2' after the value
        """)
    void malformedLiteralNamesTheParameterAndThePosition(String argument, String message) {
      assertThatThrownBy(() -> ParameterArgument.parse(argument))
          .isInstanceOf(UsageException.class)
          .hasMessageStartingWith(message);
    }

    @Test
    void argumentWithoutEqualsOrWithABadNameIsRefused() {
      assertThatThrownBy(() -> ParameterArgument.parse("limit 5")).isInstanceOf(UsageException.class)
          .hasMessageContaining("name => literal");
      assertThatThrownBy(() -> ParameterArgument.parse("1x => 5")).isInstanceOf(UsageException.class)
          .hasMessageContaining("not a parameter name");
    }
  }

  @Nested
  class Shorthand {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        limit=50              | 50                  | Long
        delta=-3              | -3                  | Long
        weight=2.5            | 2.5                 | Double
        flag=true             | true                | Boolean
        flag=False            | false               | Boolean
        level=PROVINCE        | PROVINCE            | String
        since=2026-04-01T00:00Z | 2026-04-01T00:00Z | String
        code='530000'         | '530000'            | String
        expr=a=b              | a=b                 | String
        """)
    void bareValueReadsAsNumberBooleanOrText(String argument, String expected, String type) {
      ParameterArgument parameter = ParameterArgument.parse(argument);
      assertThat(parameter.value().getClass().getSimpleName()).isEqualTo(type);
      assertThat(String.valueOf(parameter.value())).isEqualTo(expected);
    }

    @Test
    void nullAndEmpty() {
      assertThat(ParameterArgument.parse("since=null").value()).isNull();
      assertThat(ParameterArgument.parse("name=").value()).isEqualTo("");
    }

    @Test
    void backtickedAndDollarNames() {
      assertThat(ParameterArgument.parse("`my param` => 1").name()).isEqualTo("my param");
      assertThat(ParameterArgument.parse("$limit=3").name()).isEqualTo("limit");
    }
  }
}
