package org.chainbreaker.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV rows after the header row; a row with more or fewer fields than the header is unreadable. Lines are the file's
 * physical lines as a spreadsheet or editor shows them (blank lines count; a record with a quoted line break is named
 * by its first line). A record that cannot be parsed (broken quoting) ends the reading with {@link UnreadableInput}:
 * after it, no one can tell where the next record starts.
 */
final class CsvRows implements RowSource {

  private final String file;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> columns;
  private final long headerLine;
  /** The physical line the next record starts on: the line after the one the previous record ended on. */
  private long nextLine = 1;
  private RawRow pending;

  CsvRows(String file, Reader reader) {
    this.file = file;
    try {
      // Empty lines are read as records (and skipped below) so that every record starts on the line after the
      // previous one ended: the only way to know a record's first line.
      this.parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(reader);
    } catch (IOException e) {
      throw ImportFormat.unreadable(1, e);
    }
    this.records = parser.iterator();
    CSVRecord header = null;
    long line = nextLine;
    while (header == null) {
      line = nextLine;
      CSVRecord record = read(line);
      if (record == null) {
        throw new ImportRefused(file + ": empty, expected a header row naming the columns");
      }
      header = blank(record) ? null : record;
    }
    this.headerLine = line;
    this.columns = header.stream().map(Column::canonical).toList();
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public long headerLine() {
    return headerLine;
  }

  @Override
  public boolean hasNext() {
    while (pending == null) {
      long line = nextLine;
      CSVRecord record = read(line);
      if (record == null) {
        return false;
      }
      if (!blank(record)) {
        pending = row(record, line);
      }
    }
    return true;
  }

  @Override
  public RawRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RawRow row = pending;
    pending = null;
    return row;
  }

  /** The next record (null at the end), which starts on {@code line}; its end moves {@link #nextLine} on. */
  private CSVRecord read(long line) {
    try {
      if (!records.hasNext()) {
        return null;
      }
      CSVRecord record = records.next();
      nextLine = parser.getCurrentLineNumber() + 1;
      return record;
    } catch (UncheckedIOException | IllegalStateException e) {
      throw broken(line, e);
    }
  }

  private static UnreadableInput broken(long line, RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("EOF reached before encapsulated token finished")) {
      return new UnreadableInput(line, "a quoted value in the record starting on line " + line
          + " is never closed (the file ends inside quotes)");
    }
    if (message.contains("between encapsulated token and delimiter")) {
      return new UnreadableInput(line, "broken quoting in the record starting on line " + line
          + ": a closing quote must be followed by a comma or the line end, and a quote inside a quoted value is "
          + "written twice (\"\")");
    }
    return ImportFormat.unreadable(line, e);
  }

  /** An empty line, or one of spaces only: no record. */
  private static boolean blank(CSVRecord record) {
    return record.size() == 1 && record.get(0).isBlank();
  }

  private RawRow row(CSVRecord record, long line) {
    if (record.size() != columns.size()) {
      return RawRow.unreadable(file, line, "wrong column count: " + record.size() + " fields, the header has "
          + columns.size());
    }
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      values.put(columns.get(i), record.get(i));
    }
    return new RawRow(file, line, values, null);
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
