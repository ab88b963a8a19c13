package org.chainbreaker.cli;

import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of a result: an array of row objects. A node is {@code {"id", "labels", "properties"}} with its
 * {@code uid} as id (its element id when it has none); a relationship is {@code {"id", "type", "start", "end",
 * "properties"}} with start and end given as those node ids; a path is {@code {"nodes", "relationships"}};
 * temporal values are ISO-8601 strings.
 */
final class JsonOutput {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JsonOutput() {}

  static void write(ResultRows result, PrintStream out) {
    Map<String, String> ids = nodeIds(result);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (List<Object> row : result.rows()) {
      Map<String, Object> object = new LinkedHashMap<>();
      for (int i = 0; i < result.columns().size(); i++) {
        object.put(result.columns().get(i), plain(row.get(i), ids));
      }
      rows.add(object);
    }
    out.println(rows.isEmpty() ? "[]" : MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(rows));
  }

  /** The ids the result's nodes are shown with, by element id, so relationships name their ends the same way. */
  static Map<String, String> nodeIds(ResultRows result) {
    Map<String, String> ids = new HashMap<>();
    result.rows().forEach(row -> row.forEach(value -> collectNodeIds(value, ids)));
    return ids;
  }

  private static void collectNodeIds(Object value, Map<String, String> ids) {
    if (value instanceof Node node) {
      Object uid = node.asMap().get("uid");
      ids.put(node.elementId(), uid instanceof String text ? text : node.elementId());
    } else if (value instanceof Path path) {
      path.nodes().forEach(node -> collectNodeIds(node, ids));
    } else if (value instanceof List<?> list) {
      list.forEach(item -> collectNodeIds(item, ids));
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(item -> collectNodeIds(item, ids));
    }
  }

  /** A value as plain JSON structures (maps, lists, strings, numbers, booleans, null). */
  static Object plain(Object value, Map<String, String> ids) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Node node) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("id", ids.getOrDefault(node.elementId(), node.elementId()));
      List<String> labels = new ArrayList<>();
      node.labels().forEach(labels::add);
      json.put("labels", labels);
      json.put("properties", plain(node.asMap(), ids));
      return json;
    }
    if (value instanceof Relationship relationship) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("id", relationship.elementId());
      json.put("type", relationship.type());
      json.put("start", ids.getOrDefault(relationship.startNodeElementId(), relationship.startNodeElementId()));
      json.put("end", ids.getOrDefault(relationship.endNodeElementId(), relationship.endNodeElementId()));
      json.put("properties", plain(relationship.asMap(), ids));
      return json;
    }
    if (value instanceof Path path) {
      Map<String, Object> json = new LinkedHashMap<>();
      List<Object> nodes = new ArrayList<>();
      path.nodes().forEach(node -> nodes.add(plain(node, ids)));
      List<Object> relationships = new ArrayList<>();
      path.relationships().forEach(relationship -> relationships.add(plain(relationship, ids)));
      json.put("nodes", nodes);
      json.put("relationships", relationships);
      return json;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(item -> plain(item, ids)).toList();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> json = new LinkedHashMap<>();
      map.forEach((key, item) -> json.put(String.valueOf(key), plain(item, ids)));
      return json;
    }
    if (value instanceof Point point) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("srid", point.srid());
      json.put("x", point.x());
      json.put("y", point.y());
      if (!Double.isNaN(point.z())) {
        json.put("z", point.z());
      }
      return json;
    }
    if (value instanceof byte[] bytes) {
      return Base64.getEncoder().encodeToString(bytes);
    }
    return scalarText(value);
  }

  /** Temporal values as ISO-8601 (a date-time with a named zone keeps the zone in brackets), others as text. */
  static String scalarText(Object value) {
    if (value instanceof ZonedDateTime dateTime) {
      return dateTime.getZone() instanceof ZoneOffset
          ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime)
          : DateTimeFormatter.ISO_ZONED_DATE_TIME.format(dateTime);
    }
    if (value instanceof OffsetDateTime dateTime) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
    }
    if (value instanceof IsoDuration || value instanceof TemporalAccessor) {
      return value.toString();
    }
    return String.valueOf(value);
  }
}
