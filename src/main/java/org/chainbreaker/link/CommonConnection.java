package org.chainbreaker.link;

import java.util.List;
import org.chainbreaker.model.GraphNode;

/** An entity all the inputs are linked to, and how each of them reaches it. */
public record CommonConnection(GraphNode node, List<ConnectionLink> links) {

  /** How one input reaches the shared entity: a relationship type, or SHIPMENT / CALL / TRANSFER. */
  public record ConnectionLink(String from, String via) {}
}
