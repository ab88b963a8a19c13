package org.chainbreaker.model;

import org.neo4j.driver.types.MapAccessor;

/** A phone number (mobile or landline). */
public record Phone(String number, String carrier) {

  /** Reads a {@code :Phone} node. */
  public static Phone from(MapAccessor node) {
    return new Phone(Values.string(node, "number"), Values.string(node, "carrier"));
  }
}
