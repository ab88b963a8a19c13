package org.chainbreaker.takedown;

import java.util.List;
import org.chainbreaker.model.Gang;
import org.chainbreaker.model.GraphNode;

/**
 * What a takedown would do: the scope's contact network before and after the arrests, each gang's cohesion, and who
 * is most likely to take over from each person arrested. With sources and markets, {@code routesCapped} and
 * {@code routesRead} say whether the source-to-market parcels were counted on every route or on part of them (null
 * without).
 */
public record TakedownSimulation(List<GraphNode> removed, NetworkState before, NetworkState after,
    List<GangCohesion> gangs, List<Succession> successors, Boolean routesCapped, String routesRead) {

  /** The shape of the contact network. */
  public record NetworkState(int persons, int components, int largestComponent, Long sourceToMarketParcels) {}

  /** A known gang's members in the scope, and the share of them in the gang's largest connected group. */
  public record GangCohesion(Gang gang, int membersBefore, int membersAfter, double cohesionBefore,
      double cohesionAfter) {}

  /** The people most likely to take over from one person arrested. */
  public record Succession(GraphNode removed, String role, List<SuccessorCandidate> candidates) {}

  /** One likely successor and why. */
  public record SuccessorCandidate(GraphNode person, double similarity, String reason) {}
}
