package org.chainbreaker.link;

import org.chainbreaker.model.GraphNode;

/** A shipment between two regions, its direction (A_TO_B or B_TO_A) and the people and addresses at each end. */
public record CrossRegionShipment(GraphNode shipment, String direction, GraphNode sender, GraphNode receiver,
    GraphNode origin, GraphNode destination) {}
