package org.chainbreaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which parameters a script uses, as the command finds them to fill in nulls and warn about unused ones. */
class ScriptParametersTests {

  @Test
  void findsEachParameterOnceInOrderOfFirstUse() {
    String cypher = """
        MATCH (a:Entity {uid: $source}), (b {uid: $target})
        WHERE a.at >= $since AND $source <> $target AND x IN $`odd name`
        RETURN a LIMIT coalesce($k, 1)""";
    assertThat(ScriptParameters.referenced(cypher)).containsExactly("source", "target", "since", "odd name", "k");
  }

  @Test
  void ignoresDollarsInCommentsStringsAndQuotedNames() {
    String cypher = """
        // Parameters: $documented only in the header
        /* $blockComment
           $stillComment */
        RETURN 'costs $5' AS a, "and $quoted \\" $escaped" AS b, `weird$name` AS c, $real AS d // $trailing
        """;
    assertThat(ScriptParameters.referenced(cypher)).containsExactly("real");
  }

  @Test
  void scriptWithoutParametersHasNone() {
    assertThat(ScriptParameters.referenced("MATCH (n) RETURN count(n) // $x")).isEmpty();
  }
}
