package org.chainbreaker.ingest;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;

/** The rows of one input, read lazily one at a time. */
interface RowSource extends Iterator<RawRow>, Closeable {

  /** The canonical names of the columns the input has (a CSV header; for JSON Lines: empty, keys vary per row). */
  List<String> columns();

  /** The physical line of the header row (a CSV's first non-blank line); 0 when the input has none. */
  default long headerLine() {
    return 0;
  }

  @Override
  void close();
}
