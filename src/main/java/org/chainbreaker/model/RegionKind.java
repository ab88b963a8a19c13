package org.chainbreaker.model;

/** Whether a region is inside China or abroad (foreign source regions such as the Golden Triangle). */
public enum RegionKind {
  DOMESTIC, FOREIGN
}
