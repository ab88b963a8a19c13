package org.chainbreaker.takedown;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labels the people of a chain by where they sit in its hand-overs (who sent a parcel to whom): pure computation,
 * no database, so the rules can be read and tested on their own.
 */
final class ChainStages {

  /** A corroborated hand-over of a parcel from one person to another. */
  record Link(String sender, String receiver) {}

  private ChainStages() {}

  /**
   * The stage of every person appearing in the links or in {@code sourceHints}.
   *
   * @param links the hand-overs
   * @param sourceHints people known to be at the source whatever the links say (they run a lab, or live abroad)
   * @param finance people tied to the chain by money only
   */
  static Map<String, ChainStage> of(List<Link> links, Set<String> sourceHints, Set<String> finance) {
    Map<String, Set<String>> sentTo = new HashMap<>();
    Set<String> received = new HashSet<>();
    Set<String> people = new HashSet<>();
    for (Link link : links) {
      sentTo.computeIfAbsent(link.sender(), k -> new HashSet<>()).add(link.receiver());
      received.add(link.receiver());
      people.add(link.sender());
      people.add(link.receiver());
    }
    Map<String, ChainStage> stages = new HashMap<>();
    for (String person : people) {
      boolean sends = sentTo.containsKey(person);
      boolean receives = received.contains(person);
      if (sourceHints.contains(person) || (sends && !receives)) {
        stages.put(person, ChainStage.SOURCE);
      } else if (!sends) {
        stages.put(person, ChainStage.RETAIL);
      }
    }
    for (String person : people) {
      if (!stages.containsKey(person)) {
        boolean onlyToRetail = sentTo.get(person).stream().allMatch(r -> stages.get(r) == ChainStage.RETAIL);
        stages.put(person, onlyToRetail ? ChainStage.DISTRIBUTION : ChainStage.TRANSIT);
      }
    }
    finance.stream().filter(person -> !stages.containsKey(person)).forEach(p -> stages.put(p, ChainStage.FINANCE));
    return stages;
  }
}
