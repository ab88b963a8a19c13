package org.chainbreaker.cli;

import java.util.List;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * A query's result as the command prints it: the RETURN columns and each row's values as the driver gives them
 * ({@code Value.asObject()}: strings, numbers, booleans, null, lists, maps, java.time values, nodes,
 * relationships, paths, points, durations).
 *
 * @param columns empty when there are no rows (the driver reports the columns with the records)
 */
record ResultRows(List<String> columns, List<List<Object>> rows) {

  static ResultRows of(List<Record> records) {
    if (records.isEmpty()) {
      return new ResultRows(List.of(), List.of());
    }
    List<List<Object>> rows = records.stream()
        .map(record -> record.values().stream().map(Value::asObject).toList())
        .toList();
    return new ResultRows(records.get(0).keys(), rows);
  }
}
