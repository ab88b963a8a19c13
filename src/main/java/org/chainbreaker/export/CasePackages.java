package org.chainbreaker.export;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainbreaker.graph.CypherRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.stereotype.Component;

/**
 * Builds case packages. A subject script ({@code cypher/export/case|gang|parcels.cypher}) picks the entity ids around a
 * case, gang, person, seizure or shipment; {@code cypher/export/selection.cypher} then reads the induced subgraph of
 * those ids. A selection (the nodes of a trace, arrest plan or simulation scope as GraphQL returned them) goes
 * straight to the second step, so those results are exported exactly as the investigator saw them.
 */
@Component
class CasePackages {

  /** Most entities one selection may name: a case package is for a case system, not a bulk export. */
  static final int MAX_SELECTION = 10_000;
  static final int DEFAULT_PARCELS = 200;
  static final int MAX_PARCELS = 2_000;

  private final CypherRunner runner;
  private final Clock clock;

  CasePackages(CypherRunner runner) {
    this.runner = runner;
    this.clock = Clock.systemUTC();
  }

  /**
   * The package around one subject.
   *
   * @param key the subject's natural key ({@code G001}, a case number, a waybill number) or its entity id
   * @param parcels for a person, seizure or shipment: most parcels taken (latest first); null for the default
   */
  CasePackage around(SubjectKind kind, String key, Integer parcels) {
    if (key == null || key.isBlank()) {
      throw new InvalidExportRequestException("id", "must not be blank");
    }
    int limit = parcels == null ? DEFAULT_PARCELS : parcels;
    if (limit < 1 || limit > MAX_PARCELS) {
      throw new InvalidExportRequestException("limit", "must be between 1 and " + MAX_PARCELS + ", was " + limit);
    }
    String id = key.startsWith(kind.entityId("")) ? key : kind.entityId(key);
    List<String> ids = runner.readOne(kind.script(), Map.of("id", id, "limit", limit),
            r -> r.get("ids").asList(Value::asString))
        .orElse(List.of());
    if (ids.isEmpty()) {
      throw new UnknownEntityException(List.of(id));
    }
    return build(new PackageSubject(kind.pathName(), id, title(kind, id)), ids);
  }

  /** The induced subgraph of the given entities; every id must exist. */
  CasePackage selection(List<String> ids, String title) {
    if (ids == null || ids.isEmpty()) {
      throw new InvalidExportRequestException("ids", "give at least one entity id");
    }
    if (ids.size() > MAX_SELECTION) {
      throw new InvalidExportRequestException("ids", "at most " + MAX_SELECTION + " ids, got " + ids.size());
    }
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i) == null || ids.get(i).isBlank()) {
        throw new InvalidExportRequestException("ids", "id number " + (i + 1) + " is " + (ids.get(i) == null
            ? "null" : "blank") + "; give entity ids such as Person/P000123");
      }
    }
    List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
    String name = title == null || title.isBlank() ? "Selection of " + distinct.size() + " entities" : title.strip();
    CasePackage selected = build(new PackageSubject("selection", null, name), distinct);
    if (selected.nodes().size() < distinct.size()) {
      Set<String> found = new LinkedHashSet<>();
      selected.nodes().forEach(node -> found.add(node.id()));
      throw new UnknownEntityException(distinct.stream().filter(id -> !found.contains(id)).toList());
    }
    return selected;
  }

  private CasePackage build(PackageSubject subject, List<String> ids) {
    return runner.readOne("export/selection", Map.of("ids", ids), r -> pack(subject, r))
        .orElseGet(() -> new CasePackage(subject, clock.instant(), List.of(), List.of()));
  }

  private CasePackage pack(PackageSubject subject, Record r) {
    Map<String, String> idsByElement = new HashMap<>();
    List<PackageNode> nodes = new ArrayList<>();
    for (Node node : r.get("nodes").asList(Value::asNode)) {
      PackageNode packageNode = PackageNode.from(node);
      idsByElement.put(node.elementId(), packageNode.id());
      nodes.add(packageNode);
    }
    List<PackageEdge> edges = new ArrayList<>();
    for (Relationship relationship : r.get("relationships").asList(Value::asRelationship)) {
      edges.add(PackageEdge.from(relationship, idsByElement));
    }
    return new CasePackage(subject, clock.instant(), List.copyOf(nodes), List.copyOf(edges));
  }

  private static String title(SubjectKind kind, String id) {
    return "Case package: " + kind.pathName() + " " + id.substring(id.indexOf('/') + 1);
  }
}
