package org.chainbreaker.takedown;

import java.util.List;
import java.util.regex.Pattern;
import org.chainbreaker.api.InvalidArgumentException;

/** Validation of takedown arguments at the edge, with messages that name the argument and its bounds. */
final class TakedownArguments {

  private static final Pattern PERSON_ID = Pattern.compile("Person/[^\\s/]+");

  private TakedownArguments() {}

  static int range(Integer value, int fallback, int min, int max, String argument) {
    int actual = value == null ? fallback : value;
    if (actual < min || actual > max) {
      throw new InvalidArgumentException(argument, "must be between " + min + " and " + max + ", was " + actual);
    }
    return actual;
  }

  /** Checks 1 to {@code max} person ids, each shaped like Person/P000123; returns them. */
  static List<String> personIds(List<String> ids, int max, String argument) {
    if (ids.isEmpty() || ids.size() > max) {
      throw new InvalidArgumentException(argument, "give 1 to " + max + " person ids");
    }
    for (String id : ids) {
      if (id == null || !PERSON_ID.matcher(id).matches()) {
        throw new InvalidArgumentException(argument, "'" + id + "' is not a person id; they look like Person/P000123");
      }
    }
    return ids;
  }
}
