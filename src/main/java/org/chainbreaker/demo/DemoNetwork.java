package org.chainbreaker.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated demo network: parameter rows per kind of write, in the order they must be written (nodes before the
 * relationships that join them), plus the ground truth of what was planted. The kind names the Cypher script that
 * writes it: kind {@code shipments} is written by {@code cypher/demo/shipments.cypher}.
 */
final class DemoNetwork {

  /** Write order: every relationship kind comes after the node kinds it connects. */
  static final List<String> KINDS = List.of("addresses", "phones", "accounts", "vehicles", "persons", "gangs",
      "memberships", "sites", "shipments", "calls", "transfers", "cases", "seizures");

  private final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
  private GroundTruth groundTruth;

  DemoNetwork() {
    KINDS.forEach(kind -> rows.put(kind, new ArrayList<>()));
  }

  void add(String kind, Map<String, Object> row) {
    List<Map<String, Object>> list = rows.get(kind);
    if (list == null) {
      throw new IllegalArgumentException("Unknown demo row kind " + kind);
    }
    list.add(row);
  }

  List<Map<String, Object>> rows(String kind) {
    return Collections.unmodifiableList(rows.get(kind));
  }

  int count(String kind) {
    return rows.get(kind).size();
  }

  void groundTruth(GroundTruth groundTruth) {
    this.groundTruth = groundTruth;
  }

  GroundTruth groundTruth() {
    return groundTruth;
  }
}
