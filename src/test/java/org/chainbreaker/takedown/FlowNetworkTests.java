package org.chainbreaker.takedown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.chainbreaker.takedown.FlowNetwork.HandOver;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FlowNetworkTests {

  /**
   * Two suppliers feed two couriers, who both deliver to one wholesaler, who serves two dealers; courier A carries
   * 5 parcels, courier B 2.
   */
  static List<HandOver> oneWholesalerChain() {
    return List.of(
        new HandOver("supplier1", "courierA", 5), new HandOver("supplier2", "courierB", 2),
        new HandOver("courierA", "wholesaler", 5), new HandOver("courierB", "wholesaler", 2),
        new HandOver("wholesaler", "dealer1", 4), new HandOver("wholesaler", "dealer2", 3));
  }

  static final Set<String> SOURCES = Set.of("supplier1", "supplier2");
  static final Set<String> MARKETS = Set.of("dealer1", "dealer2");

  @Nested
  class MinimumCut {

    @Test
    void theWholesalerAloneDisconnectsEverySourceFromEveryMarket() {
      FlowNetwork network = new FlowNetwork(oneWholesalerChain(), SOURCES, MARKETS, Set.of());
      FlowNetwork.Plan plan = network.minimumCut();
      assertThat(plan.people()).as("the one person every parcel passes through").containsExactly("wholesaler");
      assertThat(plan.flowBefore()).isEqualTo(7);
      assertThat(plan.flowAfter()).isZero();
      assertThat(plan.carried()).containsEntry("wholesaler", 7L);
    }

    @Test
    void protectedPeopleAreNeverChosenSoBothCouriersAre() {
      // The suppliers are abroad (out of reach) and the wholesaler is an informant.
      FlowNetwork network = new FlowNetwork(oneWholesalerChain(), SOURCES, MARKETS,
          Set.of("wholesaler", "supplier1", "supplier2"));
      assertThat(network.minimumCut().people()).containsExactly("courierA", "courierB");
    }

    @Test
    void anyMinimumCutDisconnectsAndHasTheMinimumSize() {
      FlowNetwork network = new FlowNetwork(oneWholesalerChain(), SOURCES, MARKETS, Set.of("wholesaler"));
      FlowNetwork.Plan plan = network.minimumCut();
      assertThat(plan.people()).hasSize(2).doesNotContain("wholesaler");
      assertThat(network.flow(Set.copyOf(plan.people()))).isZero();
    }

    @Test
    void aProtectedDirectRouteCannotBeCut() {
      List<HandOver> direct = List.of(new HandOver("supplier1", "staff", 3), new HandOver("staff", "dealer1", 3));
      FlowNetwork network = new FlowNetwork(direct, Set.of("supplier1"), Set.of("dealer1"), Set.of("supplier1",
          "staff", "dealer1"));
      assertThat(network.minimumCut()).as("every route runs through people who must not be arrested").isNull();
    }

    @Test
    void nothingToCutWhenNoParcelReachesAMarket() {
      FlowNetwork network = new FlowNetwork(List.of(new HandOver("supplier1", "courierA", 2)), Set.of("supplier1"),
          Set.of("dealer1"), Set.of());
      assertThat(network.minimumCut().people()).isEmpty();
    }
  }

  @Nested
  class SourcesThatAreAlsoMarkets {

    @Test
    void aDealerWhoIsAlsoASourceCarriesTheParcelsTheyHandleNotAnUnlimitedFlow() {
      // A market region inside the source region: the dealer lives in both.
      List<HandOver> chain = List.of(new HandOver("supplier1", "courierA", 3), new HandOver("courierA", "dealer1", 3));
      FlowNetwork network = new FlowNetwork(chain, Set.of("supplier1", "dealer1"), Set.of("dealer1"), Set.of());
      assertThat(network.flow(Set.of())).as("the 3 parcels the dealer receives").isEqualTo(3);
      FlowNetwork.Plan plan = network.minimumCut();
      assertThat(plan.people()).as("the dealer is a route of their own: only their arrest ends it")
          .containsExactly("dealer1");
      assertThat(plan.flowBefore()).isEqualTo(3);
      assertThat(plan.flowAfter()).isZero();
    }

    @Test
    void theSameIdsAsSourcesAndMarketsCountEachPersonsParcelsOnce() {
      Set<String> everyone = Set.of("supplier1", "supplier2", "courierA", "courierB", "wholesaler", "dealer1",
          "dealer2");
      FlowNetwork network = new FlowNetwork(oneWholesalerChain(), everyone, everyone, Set.of());
      long handled = network.carried(everyone).values().stream().mapToLong(Long::longValue).sum();
      assertThat(handled).isEqualTo(5 + 2 + 5 + 2 + 7 + 4 + 3);
      assertThat(network.flow(Set.of())).as("each person carries what they handle, no more").isEqualTo(handled);
      assertThat(network.mostFlowRemoved(1).flowAfter()).as("arresting the wholesaler removes their 7")
          .isEqualTo(handled - 7);
    }

    @Test
    void aSourceAndMarketOnNoRouteNeedsNoArrest() {
      FlowNetwork network = new FlowNetwork(oneWholesalerChain(), Set.of("supplier1", "idle"), Set.of("dealer1",
          "idle"), Set.of());
      assertThat(network.flow(Set.of())).isEqualTo(4);
      assertThat(network.minimumCut().people()).doesNotContain("idle");
    }
  }

  @Nested
  class UnderABudget {

    @Test
    void withOneArrestWhenTheWholesalerIsProtectedTheBusierCourierIsChosen() {
      FlowNetwork network = new FlowNetwork(oneWholesalerChain(), SOURCES, MARKETS, Set.of("wholesaler"));
      FlowNetwork.Plan plan = network.mostFlowRemoved(1);
      assertThat(plan.people()).containsExactly("courierA");
      assertThat(plan.flowBefore()).isEqualTo(7);
      assertThat(plan.flowAfter()).as("only courier B's 2 parcels still get through").isEqualTo(2);
    }

    @Test
    void sameNetworkSameAnswer() {
      FlowNetwork network = new FlowNetwork(oneWholesalerChain(), SOURCES, MARKETS, Set.of("wholesaler"));
      assertThat(network.mostFlowRemoved(1)).isEqualTo(network.mostFlowRemoved(1));
    }
  }
}
