package org.chainbreaker.export;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Column types of the {@code neo4j-admin database import} header format, from the property types the database
 * reports ({@code db.schema.nodeTypeProperties}: String, Long, Double, DateTime, StringArray ...): {@code weightKg:double},
 * {@code sentAt:datetime}, {@code aliases:string[]}. A property stored with several types gets the one that holds all
 * of them (double for whole and decimal numbers, else string).
 */
final class AdminImportColumns {

  private static final Map<String, String> SCALARS = Map.ofEntries(
      Map.entry("String", "string"), Map.entry("Long", "long"), Map.entry("Integer", "long"),
      Map.entry("Double", "double"), Map.entry("Float", "double"), Map.entry("Boolean", "boolean"),
      Map.entry("DateTime", "datetime"), Map.entry("Date", "date"), Map.entry("LocalDateTime", "localdatetime"),
      Map.entry("LocalTime", "localtime"), Map.entry("Time", "time"), Map.entry("Duration", "duration"),
      Map.entry("Point", "point"));

  private AdminImportColumns() {}

  /** The import type for a property stored with these database types. */
  static String type(List<String> databaseTypes) {
    Set<String> types = Set.copyOf(databaseTypes.stream().map(AdminImportColumns::one).toList());
    if (types.size() == 1) {
      return types.iterator().next();
    }
    if (types.equals(Set.of("long", "double"))) {
      return "double";
    }
    if (types.equals(Set.of("long[]", "double[]"))) {
      return "double[]";
    }
    return types.stream().allMatch(type -> type.endsWith("[]")) ? "string[]" : "string";
  }

  /** The wider of two import types (a property seen on several label combinations). */
  static String wider(String a, String b) {
    return a == null ? b : a.equals(b) ? a : type(List.of(databaseName(a), databaseName(b)));
  }

  private static String one(String databaseType) {
    boolean array = databaseType.endsWith("Array");
    String scalar = array ? databaseType.substring(0, databaseType.length() - "Array".length()) : databaseType;
    String type = SCALARS.getOrDefault(scalar, "string");
    return array ? type + "[]" : type;
  }

  private static String databaseName(String importType) {
    boolean array = importType.endsWith("[]");
    String scalar = array ? importType.substring(0, importType.length() - 2) : importType;
    String name = SCALARS.entrySet().stream().filter(entry -> entry.getValue().equals(scalar))
        .map(Map.Entry::getKey).findFirst().orElse("String");
    return array ? name + "Array" : name;
  }
}
