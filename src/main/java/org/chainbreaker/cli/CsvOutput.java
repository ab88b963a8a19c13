package org.chainbreaker.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV form of a result: a header of the RETURN columns, then one record per row. Strings, numbers and booleans
 * are written as they are, temporal values as ISO-8601, null as an empty cell, and lists, maps, nodes,
 * relationships and paths as their JSON text (see {@link JsonOutput}).
 */
final class CsvOutput {

  private CsvOutput() {}

  static void write(ResultRows result, PrintStream out) {
    if (result.columns().isEmpty()) {
      return;
    }
    Map<String, String> ids = JsonOutput.nodeIds(result);
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader(result.columns().toArray(String[]::new))
        .setRecordSeparator("\n")
        .get();
    try {
      CSVPrinter printer = new CSVPrinter(out, format);
      for (List<Object> row : result.rows()) {
        printer.printRecord(row.stream().map(value -> cell(value, ids)));
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String cell(Object value, Map<String, String> ids) {
    if (value == null) {
      return "";
    }
    if (value instanceof String text) {
      return text;
    }
    Object plain = JsonOutput.plain(value, ids);
    if (plain instanceof Map<?, ?> || plain instanceof List<?>) {
      return JsonOutput.MAPPER.writeValueAsString(plain);
    }
    return String.valueOf(plain);
  }
}
