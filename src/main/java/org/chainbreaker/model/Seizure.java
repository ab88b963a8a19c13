package org.chainbreaker.model;

import org.neo4j.driver.types.MapAccessor;

/** Drugs or precursors seized, typically from a shipment: the usual entry point of a case. */
public record Seizure(String id, DrugType drugType, Double quantityKg, String seizedAt) {

  /** Reads a {@code :Seizure} node. */
  public static Seizure from(MapAccessor node) {
    return new Seizure(Values.string(node, "id"), Values.enumValue(node, "drugType", DrugType.class),
        Values.decimal(node, "quantityKg"), Values.instant(node, "seizedAt"));
  }
}
