package org.chainbreaker.model;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.types.Relationship;

/**
 * An edge of a subgraph: relationship type, the ids of the nodes it goes from and to, and its properties. The id is
 * the database's element id: stable for as long as the relationship exists.
 */
public record GraphEdge(String id, String type, String source, String target, List<Property> properties) {

  /** Converts a driver relationship, given the subgraph ids of nodes by their element ids. */
  static GraphEdge from(Relationship relationship, Map<String, String> nodeIds) {
    return new GraphEdge(relationship.elementId(), relationship.type(),
        nodeIds.get(relationship.startNodeElementId()), nodeIds.get(relationship.endNodeElementId()),
        GraphNode.properties(relationship.asMap()));
  }
}
