package org.chainbreaker.takedown;

import java.util.List;

/**
 * The communities of a scope's contact graph compared with the known gangs.
 *
 * @param scope the scope in words
 * @param algorithm the community-detection algorithm used
 * @param persons persons in the analysed contact graph (the scope and its context, those with a contact)
 * @param contacts person-to-person links in it
 * @param components its connected components
 * @param communitiesFound communities that hold a person of the scope, of any size
 * @param communities the reported communities (at least minSize persons), most suspicious first
 */
public record HiddenGangs(String scope, CommunityAlgorithm algorithm, int persons, int contacts,
    ConnectedComponents components, int communitiesFound, List<Community> communities) {

  static HiddenGangs empty(String scope, CommunityAlgorithm algorithm) {
    return new HiddenGangs(scope, algorithm, 0, 0, new ConnectedComponents(0, 0), 0, List.of());
  }

  /**
   * The weakly connected components of the analysed contact graph.
   *
   * @param count how many groups of persons have no contact chain between them
   * @param largest persons in the largest
   */
  public record ConnectedComponents(int count, int largest) {}
}
