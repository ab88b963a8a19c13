package org.chainbreaker.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

/**
 * The one shape graph results come back in, for any client and the link chart: nodes with stable ids, and edges
 * between them. Nodes keep the order given (nearest or path order first); edges whose ends are not among the nodes
 * are dropped, duplicates are merged.
 */
public record Subgraph(List<GraphNode> nodes, List<GraphEdge> edges) {

  /** An empty subgraph. */
  public static Subgraph empty() {
    return new Subgraph(List.of(), List.of());
  }

  /** Builds a subgraph from driver nodes and relationships. */
  public static Subgraph of(Collection<Node> nodes, Collection<Relationship> relationships) {
    Map<String, String> idsByElement = new LinkedHashMap<>();
    List<GraphNode> graphNodes = new ArrayList<>();
    for (Node node : nodes) {
      if (!idsByElement.containsKey(node.elementId())) {
        GraphNode graphNode = GraphNode.from(node);
        idsByElement.put(node.elementId(), graphNode.id());
        graphNodes.add(graphNode);
      }
    }
    Set<String> seen = new LinkedHashSet<>();
    List<GraphEdge> edges = new ArrayList<>();
    for (Relationship relationship : relationships) {
      if (idsByElement.containsKey(relationship.startNodeElementId())
          && idsByElement.containsKey(relationship.endNodeElementId()) && seen.add(relationship.elementId())) {
        edges.add(GraphEdge.from(relationship, idsByElement));
      }
    }
    return new Subgraph(List.copyOf(graphNodes), List.copyOf(edges));
  }
}
