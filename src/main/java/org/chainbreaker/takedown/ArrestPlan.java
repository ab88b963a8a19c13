package org.chainbreaker.takedown;

import java.util.List;
import org.chainbreaker.model.GraphNode;
import org.chainbreaker.model.Subgraph;

/**
 * Who to arrest so the chain from the sources to the markets breaks: the minimum cut, and the best set under a
 * smaller budget, with the flow of parcels before and after, on the routes read ({@code capped}: only part of them).
 */
public record ArrestPlan(List<GraphNode> sources, List<GraphNode> markets, long flowBefore, ArrestSet minimumCut,
    ArrestSet withinBudget, Subgraph network, boolean capped, String routesRead) {

  /** A set of arrests and the parcels that could still get through after them. */
  public record ArrestSet(int size, List<PlannedArrest> people, long flowAfter) {}

  /** One arrest, and why: the parcels this person carries from source to market. */
  public record PlannedArrest(GraphNode person, long parcelsCarried, String reason) {}
}
