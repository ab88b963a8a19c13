package org.chainbreaker.export;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How property values leave the graph in the package formats: numbers, booleans and text as they are, date-times as
 * ISO-8601 with their offset ({@code 2026-07-21T10:15:00+08:00}), lists as lists (JSON) or joined with {@code "; "}
 * (GraphML and CSV cells).
 */
final class PropertyValues {

  static final String LIST_SEPARATOR = "; ";

  private PropertyValues() {}

  /** The value as JSON takes it: lists stay lists, temporal values and points become ISO text. */
  static Object json(Object value) {
    if (value instanceof Collection<?> list) {
      return list.stream().map(PropertyValues::json).toList();
    }
    if (value instanceof Number || value instanceof Boolean || value instanceof String || value == null) {
      return value;
    }
    return scalarText(value);
  }

  /** The value as one text cell. */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Collection<?> list) {
      return list.stream().map(PropertyValues::text).collect(Collectors.joining(LIST_SEPARATOR));
    }
    return scalarText(value);
  }

  /** A date-time with its offset (and its zone name when it has one beyond the offset); other values as text. */
  static String scalarText(Object value) {
    if (value instanceof ZonedDateTime time) {
      return time.getZone().normalized().equals(time.getOffset())
          ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time)
          : DateTimeFormatter.ISO_ZONED_DATE_TIME.format(time);
    }
    if (value instanceof TemporalAccessor temporal) {
      return temporal.toString();
    }
    return String.valueOf(value);
  }

  /** The GraphML attribute type that holds every one of these values: long, double, boolean, else string. */
  static String graphMlType(List<Object> values) {
    boolean allLong = true;
    boolean allNumber = true;
    boolean allBoolean = true;
    for (Object value : values) {
      allLong &= value instanceof Long || value instanceof Integer;
      allNumber &= value instanceof Number;
      allBoolean &= value instanceof Boolean;
    }
    if (values.isEmpty()) {
      return "string";
    }
    return allLong ? "long" : allNumber ? "double" : allBoolean ? "boolean" : "string";
  }
}
