package org.chainbreaker.model;

import org.neo4j.driver.types.MapAccessor;

/** A vehicle by its plate. */
public record Vehicle(String plate, String make, String colour) {

  /** Reads a {@code :Vehicle} node. */
  public static Vehicle from(MapAccessor node) {
    return new Vehicle(Values.string(node, "plate"), Values.string(node, "make"), Values.string(node, "colour"));
  }
}
