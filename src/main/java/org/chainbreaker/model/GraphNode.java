package org.chainbreaker.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * A node of a subgraph as a link chart draws it: the stable entity id ({@code Person/P000123}), its kind, a caption
 * and its properties.
 */
public record GraphNode(String id, String label, String caption, List<Property> properties) {

  private static final String ENTITY = "Entity";

  /** Converts a driver node; entity nodes are identified by their {@code uid}. */
  public static GraphNode from(Node node) {
    String label = "Node";
    for (String candidate : node.labels()) {
      if (!ENTITY.equals(candidate)) {
        label = candidate;
        break;
      }
    }
    Value uid = node.get("uid");
    String id = uid.isNull() ? label + "/" + node.elementId() : uid.asString();
    return new GraphNode(id, label, caption(label, node), properties(node.asMap(), "uid"));
  }

  private static String caption(String label, Node node) {
    String caption = switch (label) {
      case "Person", "Gang", "Region", "Site" -> text(node, "name");
      case "Shipment" -> text(node, "waybillNo") + " " + text(node, "courier");
      case "Address" -> text(node, "text");
      case "Phone", "Account", "Case" -> text(node, "number");
      case "Vehicle" -> text(node, "plate");
      case "Seizure" -> text(node, "quantityKg") + " kg " + text(node, "drugType");
      default -> "";
    };
    return caption.strip();
  }

  private static String text(Node node, String key) {
    Value value = node.get(key);
    return value.isNull() ? "" : PropertyText.of(value.asObject());
  }

  static List<Property> properties(Map<String, Object> values, String... skip) {
    List<Property> properties = new ArrayList<>();
    new TreeMap<>(values).forEach((key, value) -> {
      if (!List.of(skip).contains(key) && value != null) {
        properties.add(new Property(key, PropertyText.of(value)));
      }
    });
    return properties;
  }
}
