package org.chainbreaker.takedown;

/** Where a person sits in a trafficking chain, from the source to the market, plus the money side. */
public enum ChainStage {
  /** Produces or first ships the drugs or precursors: no corroborated parcel reached them, or they run a lab or live abroad. */
  SOURCE,
  /** Receives and sends on: couriers and relays between the source and the distributors. */
  TRANSIT,
  /** Receives and splits among retail dealers: every parcel they send goes to the end of the chain. */
  DISTRIBUTION,
  /** The end of the chain: receives and sends nothing on. */
  RETAIL,
  /** Outside the hand-overs, but exchanged money with at least two people of the chain. */
  FINANCE
}
