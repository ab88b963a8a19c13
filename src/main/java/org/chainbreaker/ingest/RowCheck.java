package org.chainbreaker.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a row of one type before anything is written: required columns present, every value in its format, region
 * codes in the catalogue, and the rules between columns (a person needs an ID number or a phone, an address needs its
 * region). Returns the typed values or the reject.
 */
final class RowCheck {

  /** A row that passed: its typed values by column name. */
  record Checked(RawRow raw, Map<String, Object> values) {
    Object get(String column) {
      return values.get(column);
    }

    String text(String column) {
      return (String) values.get(column);
    }
  }

  /** The outcome: exactly one of checked or reject. */
  record Outcome(Checked checked, Reject reject) {}

  private final ImportType type;
  private final Set<String> regions;

  RowCheck(ImportType type, Set<String> regions) {
    this.type = type;
    this.regions = regions;
  }

  /** Longest raw value of any column taken at all; a format's own maximum is checked after normalising. */
  static final int MAX_RAW_LENGTH = 10_000;

  /**
   * The header's fault as one reject of the whole file (a column named twice — which value would count? — or a
   * required column missing; CSV only, a JSON Lines row is checked on its own), or null when it has none.
   */
  Reject header(String file, long line, List<String> header) {
    if (header.isEmpty()) {
      return null;
    }
    // a column of the type named twice: which value would count? (unknown columns are ignored, twice or not)
    for (Column column : type.columns()) {
      String name = Column.canonical(column.name());
      int first = header.indexOf(name);
      int last = header.lastIndexOf(name);
      if (first != last) {
        return new Reject(file, line, column.name(), "the header names column '" + column.name() + "' twice (columns "
            + (first + 1) + " and " + (last + 1) + "; names match ignoring case, _, - and spaces); the file was not "
            + "imported");
      }
    }
    List<String> missing = type.columns().stream().filter(Column::required)
        .map(Column::name).filter(name -> !header.contains(Column.canonical(name))).toList();
    return missing.isEmpty() ? null
        : new Reject(file, line, String.join("|", missing), "header lacks required column(s) " + String.join(", ", missing)
            + " for " + type.label() + "; the file was not imported");
  }

  Outcome check(RawRow row) {
    if (row.problem() != null) {
      return reject(row, "*", row.problem());
    }
    Map<String, Object> values = new HashMap<>();
    for (Column column : type.columns()) {
      String raw = row.values().get(Column.canonical(column.name()));
      if (raw == null || raw.isBlank()) {
        if (column.required()) {
          return reject(row, column.name(), "required value missing");
        }
        continue;
      }
      if (raw.length() > MAX_RAW_LENGTH) {
        return reject(row, column.name(), String.format("too long: %,d characters, at most %,d",
            raw.length(), column.format().maxLength() > 0 ? column.format().maxLength() : MAX_RAW_LENGTH));
      }
      String forbidden = Normaliser.forbiddenCharacter(raw);
      if (forbidden != null) {
        return reject(row, column.name(), forbidden);
      }
      try {
        values.put(column.name(), column.format().parse(raw, column.choices(), regions));
      } catch (ColumnFormat.BadValue bad) {
        return reject(row, column.name(), bad.getMessage());
      }
    }
    List<String[]> problems = new ArrayList<>();
    switch (type) {
      case PERSONS -> {
        needsOne(values, problems, "phone", "idNumber", "phone");
        together(values, problems, "address", "region");
      }
      case MEMBERSHIPS -> person(values, problems, true);
      case CASES -> person(values, problems, false);
      case SEIZURES -> together(values, problems, "address", "region");
      default -> { }
    }
    if (!problems.isEmpty()) {
      return reject(row, problems.get(0)[0], problems.get(0)[1]);
    }
    return new Outcome(new Checked(row, values), null);
  }

  /** A person named by personIdNumber, or personName and personPhone; personName always. */
  private static void person(Map<String, Object> values, List<String[]> problems, boolean required) {
    boolean any = values.containsKey("personIdNumber") || values.containsKey("personName")
        || values.containsKey("personPhone") || values.containsKey("personRole");
    if (!required && !any) {
      return;
    }
    if (!values.containsKey("personName")) {
      problems.add(new String[] {"personName", "required value missing (the person's name)"});
    } else if (!values.containsKey("personIdNumber") && !values.containsKey("personPhone")) {
      problems.add(new String[] {"personPhone", "a person needs personIdNumber or personPhone to be resolved"});
    }
  }

  private static void needsOne(Map<String, Object> values, List<String[]> problems, String blame, String a, String b) {
    if (!values.containsKey(a) && !values.containsKey(b)) {
      problems.add(new String[] {blame, "a person needs " + a + " or " + b + " to be resolved"});
    }
  }

  private static void together(Map<String, Object> values, List<String[]> problems, String address, String region) {
    if (values.containsKey(address) && !values.containsKey(region)) {
      problems.add(new String[] {region, "required with " + address});
    } else if (values.containsKey(region) && !values.containsKey(address)) {
      problems.add(new String[] {address, "required with " + region});
    }
  }

  private static Outcome reject(RawRow row, String column, String reason) {
    return new Outcome(null, new Reject(row.file(), row.line(), column, reason));
  }
}
