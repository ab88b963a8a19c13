package org.chainbreaker.ingest;

import java.util.List;

/**
 * One column of an import record type: its name in the header (or JSON key), whether every row needs it, its format
 * and, for {@link ColumnFormat#CHOICE}, the words it takes.
 */
record Column(String name, ColumnFormat format, boolean required, List<String> choices, String meaning) {

  static Column required(String name, ColumnFormat format, String meaning) {
    return new Column(name, format, true, List.of(), meaning);
  }

  static Column optional(String name, ColumnFormat format, String meaning) {
    return new Column(name, format, false, List.of(), meaning);
  }

  static Column choice(String name, boolean required, List<String> choices, String meaning) {
    return new Column(name, ColumnFormat.CHOICE, required, choices, meaning);
  }

  /** The header spelling the readers match against: lower case, without "_", "-" and spaces. */
  static String canonical(String header) {
    return header.strip().replace("_", "").replace("-", "").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
  }
}
