package org.chainbreaker.model;

/** Where a person stands with the police. */
public enum PersonStatus {
  /** No known involvement (most people in the graph: senders, receivers, account holders). */
  UNKNOWN,
  /** Under investigation. */
  SUSPECT,
  /** Wanted, whereabouts unknown. */
  FUGITIVE,
  /** In custody. */
  ARRESTED
}
