package org.chainbreaker.takedown;

import java.util.List;
import org.chainbreaker.model.GraphNode;
import org.chainbreaker.model.Page;

/**
 * One detected community of persons, compared with the known gangs.
 *
 * @param rank 1 for the most suspicious community
 * @param id the algorithm's community id (the same for the same data and input)
 * @param size persons in the community
 * @param inScope how many of them belong to the scope itself (the rest are its context)
 * @param knownMembers how many of them are known members (MEMBER_OF) of any gang
 * @param gang the known gang whose community this is (the qualifying gang with the most known members), if any
 * @param members the persons, known gang members first
 * @param knownGangs the known gangs with members inside, most members first
 * @param candidates persons without any MEMBER_OF inside a known gang's community, most tied to its gangs first
 */
public record Community(int rank, long id, int size, int inScope, int knownMembers, GraphNode gang,
    List<CommunityMember> members, List<GangOverlap> knownGangs, List<GangCandidate> candidates) {

  /** Most members one page may hold. */
  static final int MAX_MEMBER_PAGE = 1_000;

  /** The page of {@code first} members (default 100) from {@code offset}. */
  Page<CommunityMember> members(int offset, Integer first) {
    return Page.slice(members, offset, TakedownArguments.range(first, 100, 1, MAX_MEMBER_PAGE, "first"));
  }

  /**
   * A person of a community.
   *
   * @param person the person
   * @param gangs the known gangs they are a member of, sorted
   * @param inScope whether they belong to the scope itself, not only its context
   */
  public record CommunityMember(GraphNode person, List<String> gangs, boolean inScope) {}

  /**
   * A known gang with members inside a community.
   *
   * @param gang the gang
   * @param members how many of its known members are in the community
   * @param communityShare members / the community's size
   * @param gangShare members / the gang's known members
   */
  public record GangOverlap(GraphNode gang, int members, double communityShare, double gangShare) {}

  /**
   * A person not known as a member of any gang who sits in a known gang's community.
   *
   * @param person the person
   * @param gangId the community's gang they have the most contacts among
   * @param contacts their distinct direct contacts anywhere in the graph
   * @param gangContacts how many of those are known members of the gang
   * @param communityContacts how many of those are in the community
   * @param reason the evidence in words, e.g. "7 of 9 contacts are known members of G001"
   */
  public record GangCandidate(GraphNode person, String gangId, int contacts, int gangContacts, int communityContacts,
      String reason) {}
}
