package org.chainbreaker.model;

/** Level of a region in the administrative hierarchy (GB/T 2260 for China). */
public enum RegionLevel {
  COUNTRY, PROVINCE, PREFECTURE, COUNTY
}
