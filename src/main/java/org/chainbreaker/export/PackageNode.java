package org.chainbreaker.export;

import java.util.Map;
import java.util.TreeMap;
import org.chainbreaker.model.GraphNode;
import org.neo4j.driver.types.Node;

/**
 * A node of a case package: the entity id ({@code Person/P000123}), its kind, a caption and its properties with their
 * types kept (numbers, booleans, date-times, lists), which GraphML keys and typed columns need.
 */
public record PackageNode(String id, String label, String caption, Map<String, Object> properties) {

  /** Converts a driver node; id, kind and caption as in every graph result ({@link GraphNode}). */
  static PackageNode from(Node node) {
    GraphNode shown = GraphNode.from(node);
    Map<String, Object> properties = new TreeMap<>(node.asMap());
    properties.remove("uid");
    return new PackageNode(shown.id(), shown.label(), shown.caption(), properties);
  }
}
