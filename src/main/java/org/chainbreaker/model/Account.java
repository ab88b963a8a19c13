package org.chainbreaker.model;

import org.neo4j.driver.types.MapAccessor;

/** A bank or payment account. */
public record Account(String number, String bank, String kind) {

  /** Reads an {@code :Account} node. */
  public static Account from(MapAccessor node) {
    return new Account(Values.string(node, "number"), Values.string(node, "bank"), Values.string(node, "kind"));
  }
}
