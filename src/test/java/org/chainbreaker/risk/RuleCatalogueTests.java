package org.chainbreaker.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.chainbreaker.graph.CypherScripts;
import org.junit.jupiter.api.Test;

/** The rule catalogue reads every file of cypher/rules/ from the classpath, with configured weight overrides. */
class RuleCatalogueTests {

  static RiskProperties properties(Map<String, Double> weights) {
    return new RiskProperties(1, weights, 2000, true, Duration.ZERO, Duration.ofSeconds(30));
  }

  @Test
  void findsTheShippedRulesWithTheirHeaders() {
    RuleCatalogue catalogue = new RuleCatalogue(new CypherScripts(), properties(Map.of()));
    assertThat(catalogue.all()).extracting(RiskRule::id).contains("border-to-interior", "known-suspect-party",
        "near-suspect", "phone-many-names", "border-senders-to-address", "content-weight-mismatch",
        "repeated-route-changing-names", "seized-before", "chemicals-to-border");
    RiskRule seized = catalogue.byId("seized-before").orElseThrow();
    assertThat(seized.name()).isEqualTo("Address or phone seen in an earlier seizure");
    assertThat(seized.weight()).isEqualTo(3.0);
    assertThat(seized.description()).as("continuation lines joined").contains("belongs to a seized parcel");
    assertThat(catalogue.all()).as("highest weight first")
        .isSortedAccordingTo((a, b) -> Double.compare(b.weight(), a.weight()));
  }

  @Test
  void configuredWeightsOverrideTheHeaders() {
    RuleCatalogue catalogue = new RuleCatalogue(new CypherScripts(), properties(Map.of("near-suspect", 2.5)));
    RiskRule near = catalogue.byId("near-suspect").orElseThrow();
    assertThat(near.weight()).isEqualTo(2.5);
    assertThat(near.headerWeight()).isEqualTo(1.0);
  }

  @Test
  void aWeightForAnUnknownRuleStopsTheStartUp() {
    assertThatThrownBy(() -> new RuleCatalogue(new CypherScripts(), properties(Map.of("no-such-rule", 1.0))))
        .hasMessageContaining("chainbreaker.risk.weights names no rule: [no-such-rule]");
  }

  @Test
  void aRuleHeaderMustNameTheRuleAsItsFile() {
    String text = "// Purpose: x\n// Rule: other\n// Name: n\n// Weight: 1\n// Description: d\nRETURN 1";
    assertThatThrownBy(() -> RuleCatalogue.parse("rules/some-rule", text)).hasMessageContaining("must match the file");
    String noWeight = "// Purpose: x\n// Rule: some-rule\n// Name: n\n// Description: d\nRETURN 1";
    assertThatThrownBy(() -> RuleCatalogue.parse("rules/some-rule", noWeight)).hasMessageContaining("Weight");
  }
}
