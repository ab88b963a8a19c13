package org.chainbreaker.graph;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The administrative regions every address hangs off: GB/T 2260 province / prefecture / county codes with their
 * PART_OF hierarchy, plus the foreign source regions, from {@code regions/regions.csv}. Merged at every start, so a
 * new release of the file updates an existing database.
 */
@Component
public class RegionCatalogue {

  private static final String RESOURCE = "regions/regions.csv";

  private final CypherRunner runner;

  RegionCatalogue(CypherRunner runner) {
    this.runner = runner;
  }

  /** The rows of the shipped region file, as parameter maps (code, name, nameEn, level, kind, parentCode). */
  public static List<Map<String, Object>> rows() {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (CSVRecord record : format.parse(reader)) {
        Map<String, Object> row = new HashMap<>();
        for (String column : List.of("code", "name", "nameEn", "level", "kind", "parentCode")) {
          String value = record.get(column);
          row.put(column, value == null || value.isBlank() ? null : value.strip());
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }

  /** Merges the catalogue into the graph; returns the number of regions. */
  int load() {
    List<Map<String, Object>> rows = rows();
    runner.write("reference/merge-regions", Map.of("regions", rows));
    return rows.size();
  }
}
