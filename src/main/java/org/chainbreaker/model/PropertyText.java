package org.chainbreaker.model;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.stream.Collectors;

/** Renders property values for display: date-times as ISO-8601 offsets, lists comma-separated. */
final class PropertyText {

  private PropertyText() {}

  static String of(Object value) {
    if (value instanceof ZonedDateTime time) {
      return time.toOffsetDateTime().toString();
    }
    if (value instanceof Collection<?> list) {
      return list.stream().map(PropertyText::of).collect(Collectors.joining(", "));
    }
    return String.valueOf(value);
  }
}
