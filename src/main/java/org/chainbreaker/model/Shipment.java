package org.chainbreaker.model;

import org.neo4j.driver.types.MapAccessor;

/**
 * A parcel or cargo consignment as the waybill declares it. Names and phones are as written on the waybill
 * (often false); the resolved sender and receiver are linked as persons.
 */
public record Shipment(String waybillNo, String courier, String declaredContent, Double weightKg, String sentAt,
    String receivedAt, String senderName, String receiverName) {

  /** Reads a {@code :Shipment} node. */
  public static Shipment from(MapAccessor node) {
    return new Shipment(Values.string(node, "waybillNo"), Values.string(node, "courier"),
        Values.string(node, "declaredContent"), Values.decimal(node, "weightKg"), Values.instant(node, "sentAt"),
        Values.instant(node, "receivedAt"), Values.string(node, "senderName"), Values.string(node, "receiverName"));
  }
}
