package org.chainbreaker.demo;

import java.util.List;

/**
 * What the demo generator planted, written outside the database so analyses can be scored against it.
 *
 * @param seed the generator seed
 * @param scale the generator scale
 * @param kingpins ids of the gang leaders
 * @param brokers ids of the people who connect two gangs
 * @param gangs every planted gang with all its members, including those the police do not know about
 * @param drugShipments waybill numbers of the shipments that carry drugs or precursors
 * @param aliases pairs of person ids that are the same real person under different names
 */
public record GroundTruth(long seed, double scale, List<String> kingpins, List<String> brokers, List<PlantedGang> gangs,
    List<String> drugShipments, List<AliasPair> aliases) {

  /** A planted gang: its chain from a source region to its markets, and every member. */
  public record PlantedGang(String gangId, String name, String sourceRegion, List<String> transitRegions,
      List<String> marketRegions, List<PlantedMember> members) {}

  /** One member of a planted gang, and whether the gang's MEMBER_OF link is in the database (known to police). */
  public record PlantedMember(String personId, String role, String stage, boolean known) {}

  /** Two person nodes that are one real person. */
  public record AliasPair(String personId, String aliasPersonId) {}
}
