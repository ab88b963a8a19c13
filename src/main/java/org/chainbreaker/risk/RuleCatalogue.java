package org.chainbreaker.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.chainbreaker.graph.CypherScripts;
import org.springframework.stereotype.Component;

/**
 * The risk rules: every file of {@code cypher/rules/} (in the repository and in the packaged jar alike), read once at
 * start-up. Adding a file adds a rule. A header that lacks its id, name or weight, or a weight override for a rule
 * that does not exist, stops the start-up with a message naming the file or the property.
 */
@Component
class RuleCatalogue {

  static final String FOLDER = "rules";

  private final List<RiskRule> rules;

  RuleCatalogue(CypherScripts scripts, RiskProperties properties) {
    List<RiskRule> found = new ArrayList<>();
    for (String script : scripts.names(FOLDER)) {
      RiskRule rule = parse(script, scripts.text(script));
      Double override = properties.weights().get(rule.id());
      found.add(override == null ? rule
          : new RiskRule(rule.id(), rule.name(), override, rule.headerWeight(), rule.description()));
    }
    Set<String> ids = new TreeSet<>(found.stream().map(RiskRule::id).toList());
    Set<String> unknown = new TreeSet<>(properties.weights().keySet());
    unknown.removeAll(ids);
    if (!unknown.isEmpty()) {
      throw new IllegalStateException("chainbreaker.risk.weights names no rule: " + unknown + "; the rules are " + ids);
    }
    found.sort(Comparator.comparing(RiskRule::weight).reversed().thenComparing(RiskRule::id));
    this.rules = List.copyOf(found);
  }

  /** Every rule, highest weight first. */
  List<RiskRule> all() {
    return rules;
  }

  /** The rule with this id. */
  Optional<RiskRule> byId(String id) {
    return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
  }

  /** Reads a rule's header: {@code // Rule:}, {@code // Name:}, {@code // Weight:}, {@code // Description:}. */
  static RiskRule parse(String script, String text) {
    Map<String, String> fields = header(text);
    String file = "cypher/" + script + ".cypher";
    String id = required(fields, "Rule", file);
    String expected = script.substring(script.lastIndexOf('/') + 1);
    if (!id.equals(expected)) {
      throw new IllegalStateException(file + ": header 'Rule: " + id + "' must match the file name (" + expected + ")");
    }
    double weight;
    try {
      weight = Double.parseDouble(required(fields, "Weight", file));
    } catch (NumberFormatException e) {
      throw new IllegalStateException(file + ": header 'Weight:' is not a number", e);
    }
    if (weight < 0) {
      throw new IllegalStateException(file + ": header 'Weight:' must not be negative");
    }
    return new RiskRule(id, required(fields, "Name", file), weight, weight, required(fields, "Description", file));
  }

  /** The header's fields; a field's continuation lines (indented comments) are joined to it. */
  static Map<String, String> header(String text) {
    Map<String, String> fields = new LinkedHashMap<>();
    String current = null;
    for (String line : text.lines().takeWhile(line -> line.startsWith("//")).toList()) {
      String body = line.substring(2);
      int colon = body.indexOf(':');
      if (!body.startsWith(" ") || body.startsWith("  ") || colon < 0) {
        if (current != null) {
          fields.merge(current, body.strip(), (a, b) -> a + " " + b);
        }
        continue;
      }
      String key = body.substring(0, colon).strip();
      if (key.contains(" ")) {
        if (current != null) {
          fields.merge(current, body.strip(), (a, b) -> a + " " + b);
        }
        continue;
      }
      current = key;
      fields.put(key, body.substring(colon + 1).strip());
    }
    return fields;
  }

  private static String required(Map<String, String> fields, String key, String file) {
    String value = fields.get(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(file + ": rule header lacks '// " + key + ":'");
    }
    return value;
  }
}
