package org.chainbreaker.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Locale;

/** The file formats an import reads, each row by row (a file is never held in memory whole). */
public enum ImportFormat {
  /** Comma-separated values, UTF-8, a header row naming the columns, RFC 4180 quoting. */
  CSV,
  /** JSON Lines (NDJSON): one JSON object per line, keys naming the columns. */
  JSON_LINES;

  /** The format of a file by its name: {@code .jsonl}, {@code .ndjson} and {@code .json} are JSON Lines, else CSV. */
  public static ImportFormat ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json") ? JSON_LINES : CSV;
  }

  /** The format named {@code csv}, {@code jsonl}, {@code ndjson}, {@code json_lines}; throws {@link ImportRefused}. */
  public static ImportFormat named(String name) {
    return switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('-', '_')) {
      case "csv" -> CSV;
      case "jsonl", "ndjson", "json_lines", "json" -> JSON_LINES;
      default -> throw new ImportRefused("Unknown format '" + name + "'; known formats: csv, jsonl");
    };
  }

  /** The format of an HTTP body by its media type, or null when the type names neither. */
  public static ImportFormat ofMediaType(String mediaType) {
    String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
    if (type.startsWith("text/csv")) {
      return CSV;
    }
    if (type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl")
        || type.startsWith("application/x-jsonlines") || type.startsWith("application/json")) {
      return JSON_LINES;
    }
    return null;
  }

  /**
   * Opens the rows of a stream (strict UTF-8: bytes of another encoding stop the reading with {@link UnreadableInput}
   * naming their line, never a replacement character; a leading byte-order mark skipped); the source closes the stream.
   */
  RowSource open(String file, InputStream input) {
    Reader reader = withoutByteOrderMark(new StrictUtf8Reader(input));
    return this == CSV ? new CsvRows(file, reader) : new JsonLinesRows(file, reader);
  }

  /** Why an input cannot be read further, for the record starting on {@code line}: the reader's own words if clear. */
  static UnreadableInput unreadable(long line, Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof StrictUtf8Reader.NotUtf8 notUtf8) {
        return new UnreadableInput(notUtf8.line(), notUtf8.getMessage());
      }
    }
    // the stream itself failed (a connection cut, a disk error): the details are for the log, not the client
    return new UnreadableInput(line, "cannot read further from line " + line + ": the input broke off");
  }

  private static Reader withoutByteOrderMark(Reader reader) {
    java.io.PushbackReader pushback = new java.io.PushbackReader(new java.io.BufferedReader(reader, 1 << 16), 1);
    try {
      int first = pushback.read();
      if (first != -1 && first != '\uFEFF') {
        pushback.unread(first);
      }
      return pushback;
    } catch (IOException e) {
      throw unreadable(1, e);
    }
  }
}
