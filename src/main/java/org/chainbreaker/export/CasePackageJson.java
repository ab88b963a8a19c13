package org.chainbreaker.export;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON case package, version 1, as described by {@code export/case-package-v1.schema.json}: format name and
 * version, time made, subject, nodes (id, label, caption, properties) and edges (id, type, source, target,
 * properties). Property values keep their JSON types; date-times are ISO-8601 text with offset.
 */
final class CasePackageJson {

  /** Where the schema is on the classpath, and served over HTTP. */
  static final String SCHEMA_RESOURCE = "export/case-package-v1.schema.json";

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private CasePackageJson() {}

  static void write(CasePackage pack, OutputStream out) {
    MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, document(pack));
  }

  static Map<String, Object> document(CasePackage pack) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("format", CasePackage.FORMAT);
    document.put("version", CasePackage.VERSION);
    document.put("generatedAt", pack.generatedAt().toString());
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("kind", pack.subject().kind());
    subject.put("id", pack.subject().id());
    subject.put("title", pack.subject().title());
    document.put("subject", subject);
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("nodes", pack.nodes().size());
    counts.put("edges", pack.edges().size());
    document.put("counts", counts);
    document.put("nodes", pack.nodes().stream().map(CasePackageJson::node).toList());
    document.put("edges", pack.edges().stream().map(CasePackageJson::edge).toList());
    return document;
  }

  private static Map<String, Object> node(PackageNode node) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", node.id());
    json.put("label", node.label());
    json.put("caption", node.caption());
    json.put("properties", properties(node.properties()));
    return json;
  }

  private static Map<String, Object> edge(PackageEdge edge) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", edge.id());
    json.put("type", edge.type());
    json.put("source", edge.source());
    json.put("target", edge.target());
    json.put("properties", properties(edge.properties()));
    return json;
  }

  private static Map<String, Object> properties(Map<String, Object> properties) {
    Map<String, Object> json = new LinkedHashMap<>();
    properties.forEach((key, value) -> json.put(key, PropertyValues.json(value)));
    return json;
  }
}
