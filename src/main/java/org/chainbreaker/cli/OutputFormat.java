package org.chainbreaker.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How {@code cypher run} prints a result: an aligned table for reading, JSON or CSV for other tools. */
enum OutputFormat {
  TABLE {
    @Override
    void write(ResultRows result, PrintStream out) {
      TableOutput.write(result, out);
    }
  },
  JSON {
    @Override
    void write(ResultRows result, PrintStream out) {
      JsonOutput.write(result, out);
    }
  },
  CSV {
    @Override
    void write(ResultRows result, PrintStream out) {
      CsvOutput.write(result, out);
    }
  };

  abstract void write(ResultRows result, PrintStream out);

  static OutputFormat named(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format '" + name + "': expected one of " + Arrays.stream(values())
          .map(format -> format.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
  }
}
