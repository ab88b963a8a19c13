package org.chainbreaker.model;

/** Kinds of places a network operates beyond ordinary addresses. */
public enum SiteKind {
  LAB, STASH_HOUSE, PLANTATION, FRONT_BUSINESS
}
