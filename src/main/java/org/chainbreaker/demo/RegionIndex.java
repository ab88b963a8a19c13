package org.chainbreaker.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Predicate;

/** The region catalogue as the generator needs it: places to put people, and their names for addresses. */
final class RegionIndex {

  private final Map<String, Map<String, Object>> byCode = new HashMap<>();
  private final Map<String, List<String>> counties = new HashMap<>();
  private final List<String> prefectures = new ArrayList<>();

  RegionIndex(List<Map<String, Object>> rows) {
    for (Map<String, Object> row : rows) {
      byCode.put((String) row.get("code"), row);
    }
    for (Map<String, Object> row : rows) {
      String parent = (String) row.get("parentCode");
      if ("COUNTY".equals(row.get("level")) && parent != null) {
        counties.computeIfAbsent(parent, p -> new ArrayList<>()).add((String) row.get("code"));
      }
    }
    for (Map<String, Object> row : rows) {
      String code = (String) row.get("code");
      boolean domestic = "DOMESTIC".equals(row.get("kind"));
      boolean prefecture = "PREFECTURE".equals(row.get("level"));
      // Municipalities (Beijing, Shanghai, ...) hold their counties directly: they count as one prefecture.
      boolean municipality = "PROVINCE".equals(row.get("level")) && counties.containsKey(code);
      if (domestic && (prefecture || municipality)) {
        prefectures.add(code);
      }
    }
    prefectures.sort(String::compareTo);
  }

  /** Domestic prefecture-level codes (municipalities included) whose code matches. */
  List<String> prefecturesWhere(Predicate<String> filter) {
    return prefectures.stream().filter(filter).toList();
  }

  /** A county of the region, or the region itself when it has none (Dongguan, foreign states). */
  String countyIn(String code, Random random) {
    require(code);
    List<String> options = counties.get(code);
    return options == null || options.isEmpty() ? code : options.get(random.nextInt(options.size()));
  }

  /** The name as an address starts: 云南省德宏傣族景颇族自治州瑞丽市. */
  String fullName(String code) {
    StringBuilder name = new StringBuilder();
    for (Map<String, Object> row : lineage(code)) {
      if (!"CN".equals(row.get("code"))) {
        name.insert(0, row.get("name"));
      }
    }
    return name.toString();
  }

  /**
   * The code of the region, or of its nearest ancestor, at {@code level} (PROVINCE or PREFECTURE); null when it lies
   * above that level — as schema/V009__region_codes walks PART_OF in the graph.
   */
  String codeAt(String code, String level) {
    return lineage(code).stream().filter(row -> level.equals(row.get("level")))
        .map(row -> (String) row.get("code")).findFirst().orElse(null);
  }

  /** A short name for gang and site names: 德宏, 广州, 掸邦. */
  String shortName(String code) {
    String name = (String) require(code).get("name");
    if (name.contains("自治")) {
      return name.substring(0, 2);
    }
    return name.replaceAll("(特别行政区|自治区|地区|省|市|州|盟|县|区)$", "");
  }

  /** The English name, or the nearest ancestor's: Dehong, Shan State. */
  String englishName(String code) {
    return lineage(code).stream().map(row -> (String) row.get("nameEn")).filter(Objects::nonNull).findFirst()
        .orElse(code);
  }

  /** The region's row, then its parent's, up to the top of the catalogue. */
  private List<Map<String, Object>> lineage(String code) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> row = require(code); row != null; row = byCode.get((String) row.get("parentCode"))) {
      rows.add(row);
    }
    return rows;
  }

  private Map<String, Object> require(String code) {
    Map<String, Object> row = byCode.get(code);
    if (row == null) {
      throw new IllegalStateException("Region " + code + " used by the demo is not in regions/regions.csv");
    }
    return row;
  }
}
