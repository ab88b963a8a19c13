package org.chainbreaker.ingest;

import java.util.Map;

/**
 * One row as read, before any check: its values by canonical column name (see {@link Column#canonical}), or the
 * problem that made it unreadable (wrong column count, malformed JSON).
 */
record RawRow(String file, long line, Map<String, String> values, String problem) {

  static RawRow unreadable(String file, long line, String problem) {
    return new RawRow(file, line, Map.of(), problem);
  }
}
