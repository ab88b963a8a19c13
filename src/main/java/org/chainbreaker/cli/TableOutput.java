package org.chainbreaker.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * The table form of a result, for reading in a terminal: a header row, aligned columns, one line per row and a
 * closing "N rows" line. Nodes show as {@code (:Label uid)}, relationships as {@code [:TYPE]}, paths as their chain;
 * a cell longer than {@value #MAX_CELL} characters is cut (JSON and CSV give every value whole).
 */
final class TableOutput {

  static final int MAX_CELL = 120;
  private static final List<String> KEY_PROPERTIES = List.of("id", "code", "name", "number", "waybillNo", "plate");

  private TableOutput() {}

  static void write(ResultRows result, PrintStream out) {
    List<String> columns = result.columns();
    if (!columns.isEmpty()) {
      List<List<String>> cells = new ArrayList<>();
      for (List<Object> row : result.rows()) {
        cells.add(row.stream().map(value -> cut(text(value, false))).toList());
      }
      int[] widths = new int[columns.size()];
      for (int i = 0; i < widths.length; i++) {
        widths[i] = width(columns.get(i));
        for (List<String> row : cells) {
          widths[i] = Math.max(widths[i], width(row.get(i)));
        }
      }
      out.println(line(columns, widths));
      StringBuilder rule = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
      }
      out.println(rule);
      cells.forEach(row -> out.println(line(row, widths)));
    }
    int count = result.rows().size();
    out.println(count + (count == 1 ? " row" : " rows"));
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      line.append(i == 0 ? "" : " | ").append(cell);
      if (i < cells.size() - 1) {
        line.append(" ".repeat(widths[i] - width(cell)));
      }
    }
    return line.toString();
  }

  /** A value in one line; strings inside lists and maps are quoted, a top-level string is not. */
  static String text(Object value, boolean nested) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String string) {
      String oneLine = string.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
      return nested ? "'" + oneLine.replace("'", "\\'") + "'" : oneLine;
    }
    if (value instanceof Node node) {
      return node(node);
    }
    if (value instanceof Relationship relationship) {
      return "[:" + relationship.type() + "]";
    }
    if (value instanceof Path path) {
      return path(path);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(item -> text(item, true)).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream().map(entry -> entry.getKey() + ": " + text(entry.getValue(), true))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (value instanceof byte[] bytes) {
      return "<" + bytes.length + " bytes>";
    }
    return JsonOutput.scalarText(value);
  }

  private static String node(Node node) {
    StringBuilder text = new StringBuilder("(");
    // Every entity also carries the marker label Entity (see V003): it says nothing in a table.
    List<String> labels = new ArrayList<>();
    node.labels().forEach(labels::add);
    if (labels.size() > 1) {
      labels.remove("Entity");
    }
    labels.forEach(label -> text.append(':').append(label));
    Map<String, Object> properties = node.asMap();
    if (properties.get("uid") instanceof String uid) {
      return text.append(' ').append(uid).append(')').toString();
    }
    String keys = KEY_PROPERTIES.stream().filter(properties::containsKey)
        .map(key -> key + ": " + text(properties.get(key), true)).collect(Collectors.joining(", "));
    return text.append(' ').append(keys.isEmpty() ? node.elementId() : "{" + keys + "}").append(')').toString();
  }

  private static String path(Path path) {
    Iterator<Node> nodes = path.nodes().iterator();
    Node previous = nodes.next();
    StringBuilder text = new StringBuilder(node(previous));
    for (Relationship relationship : path.relationships()) {
      Node next = nodes.next();
      boolean forward = relationship.startNodeElementId().equals(previous.elementId());
      text.append(forward ? "-" : "<-").append("[:").append(relationship.type()).append(']')
          .append(forward ? "->" : "-").append(node(next));
      previous = next;
    }
    return text.toString();
  }

  private static String cut(String cell) {
    return cell.length() <= MAX_CELL ? cell : cell.substring(0, MAX_CELL - 1) + "…";
  }

  /** Columns a text takes in a terminal: East Asian wide characters (region names) take two. */
  static int width(String text) {
    return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
  }

  private static boolean isWide(int c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
  }
}
