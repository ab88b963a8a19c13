package org.chainbreaker.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The entities a case package can be built around, each with the script that picks the package's entities. */
enum SubjectKind {
  CASE("Case", "export/case"),
  GANG("Gang", "export/gang"),
  PERSON("Person", "export/parcels"),
  SEIZURE("Seizure", "export/parcels"),
  SHIPMENT("Shipment", "export/parcels");

  private final String label;
  private final String script;

  SubjectKind(String label, String script) {
    this.label = label;
    this.script = script;
  }

  /** The kind by its name in URLs and command options ({@code case}, {@code gang} ...), case-insensitive. */
  static Optional<SubjectKind> named(String name) {
    return Arrays.stream(values()).filter(kind -> kind.pathName().equalsIgnoreCase(name)).findFirst();
  }

  /** The names, for messages: {@code case, gang, person, seizure, shipment}. */
  static String names() {
    return Arrays.stream(values()).map(SubjectKind::pathName).collect(Collectors.joining(", "));
  }

  String pathName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The entity id of the subject with this natural key: {@code Gang/G001}. */
  String entityId(String key) {
    return label + "/" + key;
  }

  String script() {
    return script;
  }
}
