package org.chainbreaker.takedown;

import org.chainbreaker.api.InvalidArgumentException;

/** Validation of takedown arguments at the edge, with messages that name the argument and its bounds. */
final class TakedownArguments {

  private TakedownArguments() {}

  static int range(Integer value, int fallback, int min, int max, String argument) {
    int actual = value == null ? fallback : value;
    if (actual < min || actual > max) {
      throw new InvalidArgumentException(argument, "must be between " + min + " and " + max + ", was " + actual);
    }
    return actual;
  }
}
