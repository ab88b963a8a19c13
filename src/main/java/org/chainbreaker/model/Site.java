package org.chainbreaker.model;

import org.neo4j.driver.types.MapAccessor;

/** A lab, stash house, plantation or front business. */
public record Site(String id, SiteKind kind, String name) {

  /** Reads a {@code :Site} node. */
  public static Site from(MapAccessor node) {
    return new Site(Values.string(node, "id"), Values.enumValue(node, "kind", SiteKind.class),
        Values.string(node, "name"));
  }
}
