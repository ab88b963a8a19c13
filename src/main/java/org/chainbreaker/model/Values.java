package org.chainbreaker.model;

import java.util.List;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** Reading optional node properties into Java values (absent or null properties become null). */
final class Values {

  private Values() {}

  static String string(MapAccessor node, String key) {
    Value value = node.get(key);
    return value.isNull() ? null : value.asString();
  }

  static Double decimal(MapAccessor node, String key) {
    Value value = node.get(key);
    return value.isNull() ? null : value.asDouble();
  }

  static Integer integer(MapAccessor node, String key) {
    Value value = node.get(key);
    return value.isNull() ? null : value.asInt();
  }

  static String instant(MapAccessor node, String key) {
    Value value = node.get(key);
    return value.isNull() ? null : value.asZonedDateTime().toOffsetDateTime().toString();
  }

  static List<String> strings(MapAccessor node, String key) {
    Value value = node.get(key);
    return value.isNull() ? List.of() : value.asList(Value::asString);
  }

  static <E extends Enum<E>> E enumValue(MapAccessor node, String key, Class<E> type) {
    String value = string(node, key);
    return value == null ? null : Enum.valueOf(type, value);
  }
}
