package org.chainbreaker.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

  /** Opens the rows of a stream (UTF-8, a leading byte-order mark skipped); the source closes the stream. */
  RowSource open(String file, InputStream input) {
    Reader reader = withoutByteOrderMark(new InputStreamReader(input, StandardCharsets.UTF_8));
    return this == CSV ? new CsvRows(file, reader) : new JsonLinesRows(file, reader);
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
      throw new UncheckedIOException(e);
    }
  }
}
