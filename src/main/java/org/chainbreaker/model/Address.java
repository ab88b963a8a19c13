package org.chainbreaker.model;

import org.neo4j.driver.types.MapAccessor;

/** A normalised postal address, located in a region. */
public record Address(String id, String text, Double latitude, Double longitude) {

  /** Reads an {@code :Address} node. */
  public static Address from(MapAccessor node) {
    return new Address(Values.string(node, "id"), Values.string(node, "text"), Values.decimal(node, "latitude"),
        Values.decimal(node, "longitude"));
  }
}
