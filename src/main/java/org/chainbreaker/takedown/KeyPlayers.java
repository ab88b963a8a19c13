package org.chainbreaker.takedown;

import java.util.List;

/**
 * The key players of a scope.
 *
 * @param scope the scope in words
 * @param persons persons in the scope's contact graph (those with at least one contact in the scope)
 * @param contacts person-to-person links in it
 * @param articulationPoints how many persons of the scope are articulation points
 * @param players the highest-scoring persons, best first
 */
public record KeyPlayers(String scope, int persons, int contacts, int articulationPoints, List<KeyPlayer> players) {

  static KeyPlayers empty(String scope) {
    return new KeyPlayers(scope, 0, 0, 0, List.of());
  }
}
