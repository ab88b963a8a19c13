package org.chainbreaker.model;

import org.neo4j.driver.types.MapAccessor;

/** An administrative region: GB/T 2260 code for China, ISO codes for foreign regions. */
public record Region(String code, String name, String nameEn, RegionLevel level, RegionKind kind) {

  /** Reads a {@code :Region} node. */
  public static Region from(MapAccessor node) {
    return new Region(Values.string(node, "code"), Values.string(node, "name"), Values.string(node, "nameEn"),
        Values.enumValue(node, "level", RegionLevel.class), Values.enumValue(node, "kind", RegionKind.class));
  }
}
