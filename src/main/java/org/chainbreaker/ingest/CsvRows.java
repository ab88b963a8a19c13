package org.chainbreaker.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CSV rows after the header row; a row with more or fewer fields than the header is unreadable. */
final class CsvRows implements RowSource {

  private final String file;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> columns;
  private long nextLine;

  CsvRows(String file, Reader reader) {
    this.file = file;
    try {
      this.parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.records = parser.iterator();
    if (!records.hasNext()) {
      throw new ImportRefused(file + ": empty, expected a header row naming the columns");
    }
    this.columns = records.next().stream().map(Column::canonical).toList();
    this.nextLine = parser.getCurrentLineNumber() + 1;
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public boolean hasNext() {
    return records.hasNext();
  }

  @Override
  public RawRow next() {
    CSVRecord record = records.next();
    // The record started on the line after the previous one ended (quoted fields may span lines).
    long line = nextLine;
    nextLine = parser.getCurrentLineNumber() + 1;
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
