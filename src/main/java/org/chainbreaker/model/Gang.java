package org.chainbreaker.model;

import org.neo4j.driver.types.MapAccessor;

/** A known trafficking organisation. */
public record Gang(String id, String name, String description) {

  /** Reads a {@code :Gang} node. */
  public static Gang from(MapAccessor node) {
    return new Gang(Values.string(node, "id"), Values.string(node, "name"), Values.string(node, "description"));
  }
}
