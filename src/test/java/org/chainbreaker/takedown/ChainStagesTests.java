package org.chainbreaker.takedown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainbreaker.takedown.ChainStage.DISTRIBUTION;
import static org.chainbreaker.takedown.ChainStage.FINANCE;
import static org.chainbreaker.takedown.ChainStage.RETAIL;
import static org.chainbreaker.takedown.ChainStage.SOURCE;
import static org.chainbreaker.takedown.ChainStage.TRANSIT;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainbreaker.takedown.ChainStages.Link;
import org.junit.jupiter.api.Test;

class ChainStagesTests {

  @Test
  void supplierCourierWholesalerDealersGetTheirStages() {
    Map<String, ChainStage> stages = ChainStages.of(List.of(
        new Link("supplier", "courier"), new Link("courier", "wholesaler"),
        new Link("wholesaler", "dealer1"), new Link("wholesaler", "dealer2")), Set.of(), Set.of());
    assertThat(stages).containsExactlyInAnyOrderEntriesOf(Map.of("supplier", SOURCE, "courier", TRANSIT,
        "wholesaler", DISTRIBUTION, "dealer1", RETAIL, "dealer2", RETAIL));
  }

  @Test
  void relayIsTransitEvenWhenItSplitsTheLoadBetweenDistributors() {
    Map<String, ChainStage> stages = ChainStages.of(List.of(
        new Link("supplier", "courier"), new Link("courier", "wholesalerA"), new Link("courier", "wholesalerB"),
        new Link("wholesalerA", "dealer"), new Link("wholesalerB", "dealer")), Set.of(), Set.of());
    assertThat(stages.get("courier")).as("sends to distributors, not to the end of the chain").isEqualTo(TRANSIT);
    assertThat(stages.get("wholesalerA")).isEqualTo(DISTRIBUTION);
  }

  @Test
  void cookWhoReceivesPrecursorsStaysAtTheSourceBecauseTheyRunALab() {
    Map<String, ChainStage> stages = ChainStages.of(List.of(
        new Link("chemist", "cook"), new Link("cook", "courier"), new Link("courier", "dealer")),
        Set.of("cook"), Set.of());
    assertThat(stages.get("cook")).as("lab operator").isEqualTo(SOURCE);
    assertThat(stages.get("chemist")).isEqualTo(SOURCE);
    assertThat(stages.get("courier")).as("only sends to the end of the chain").isEqualTo(DISTRIBUTION);
  }

  @Test
  void moneyOnlyPeopleAreFinanceButHandOversWin() {
    Map<String, ChainStage> stages = ChainStages.of(List.of(new Link("a", "b")), Set.of(), Set.of("financier", "b"));
    assertThat(stages).containsEntry("financier", FINANCE).containsEntry("b", RETAIL).containsEntry("a", SOURCE);
  }

  @Test
  void aCycleOfResellersIsTransitNotAnEndlessLoop() {
    Map<String, ChainStage> stages = ChainStages.of(List.of(
        new Link("s", "x"), new Link("x", "y"), new Link("y", "x"), new Link("y", "d")), Set.of(), Set.of());
    assertThat(stages.get("x")).isEqualTo(TRANSIT);
    assertThat(stages.get("y")).isEqualTo(TRANSIT);
    assertThat(stages.get("d")).isEqualTo(RETAIL);
  }
}
