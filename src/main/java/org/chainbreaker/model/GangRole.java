package org.chainbreaker.model;

/** A member's role in a gang, from source to market and money. */
public enum GangRole {
  LEADER, LIEUTENANT, SUPPLIER, COOK, COURIER, WHOLESALER, DEALER, FINANCIER
}
