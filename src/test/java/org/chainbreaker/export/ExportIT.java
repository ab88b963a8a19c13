package org.chainbreaker.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVRecord;
import org.chainbreaker.demo.DemoProperties;
import org.chainbreaker.testing.ChainbreakerTest;
import org.chainbreaker.testing.DemoTruth;
import org.chainbreaker.testing.GraphQlOverHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Case packages over HTTP on the demo network, checked against the generator's ground truth and the formats. */
@ChainbreakerTest
class ExportIT {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort
  int port;
  @Autowired
  DemoProperties demo;
  @Autowired
  Driver driver;

  WebTestClient web;
  DemoTruth truth;

  @BeforeEach
  void connect() {
    web = GraphQlOverHttp.web(port);
    truth = DemoTruth.read(demo.groundTruthFile());
  }

  List<String> uids(String label) {
    return driver.executableQuery("MATCH (n:Entity) WHERE $label IN labels(n) RETURN n.uid AS uid ORDER BY uid")
        .withParameters(Map.of("label", label)).execute().records().stream().map(r -> r.get("uid").asString()).toList();
  }

  EntityExchangeResult<byte[]> get(String uri) {
    return web.get().uri(uri).exchange().expectBody().returnResult();
  }

  static JsonNode json(EntityExchangeResult<byte[]> result) {
    return JSON.readTree(result.getResponseBody());
  }

  @Test
  void gangPackageHoldsEveryKnownPlantedMemberWithTheirMembershipAndValidates() {
    Set<String> gangsInGraph = Set.copyOf(uids("Gang"));
    Set<String> types = new HashSet<>();
    int checked = 0;
    for (JsonNode gang : truth.gangs()) {
      String gangId = "Gang/" + gang.get("gangId").asString();
      if (!gangsInGraph.contains(gangId)) {
        continue; // the gang the police do not know has no Gang node
      }
      EntityExchangeResult<byte[]> result = get("/export/gang/" + gang.get("gangId").asString());
      assertThat(result.getStatus().value()).isEqualTo(200);
      assertThat(result.getResponseHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
      String body = new String(result.getResponseBody(), StandardCharsets.UTF_8);
      assertThat(CasePackageSchema.errors(body)).as(gangId).isEmpty();
      JsonNode pack = JSON.readTree(body);
      assertThat(pack.get("subject").get("id").asString()).isEqualTo(gangId);
      Set<String> nodes = ids(pack.get("nodes"));
      Set<String> memberships = pack.get("edges").valueStream()
          .filter(edge -> edge.get("type").asString().equals("MEMBER_OF"))
          .map(edge -> edge.get("source").asString() + "->" + edge.get("target").asString())
          .collect(Collectors.toSet());
      gang.get("members").valueStream().filter(member -> member.get("known").asBoolean()).forEach(member -> {
        String person = "Person/" + member.get("personId").asString();
        assertThat(nodes).as("%s: planted member %s", gangId, person).contains(person);
        assertThat(memberships).as(gangId).contains(person + "->" + gangId);
      });
      assertThat(pack.get("edges").valueStream())
          .as("%s: every edge joins two nodes of the package", gangId)
          .allSatisfy(edge -> assertThat(nodes).contains(edge.get("source").asString(), edge.get("target").asString()));
      pack.get("edges").valueStream().forEach(edge -> types.add(edge.get("type").asString()));
      checked++;
    }
    assertThat(checked).as("gangs the police know").isGreaterThanOrEqualTo(3);
    assertThat(types).as("calls, parcels and money between members come along")
        .contains("CALLED", "SENT", "ADDRESSED_TO", "TRANSFERRED", "FROM_SHIPMENT", "INCLUDES", "INVOLVES");
  }

  @Test
  void casePackageAsGraphMlIsAnAttachmentThatParsesWithDeclaredKeys() throws Exception {
    String caseId = uids("Case").get(0);
    String number = caseId.substring("Case/".length());
    EntityExchangeResult<byte[]> result = get("/export/case/" + number + "?format=graphml");
    assertThat(result.getStatus().value()).isEqualTo(200);
    assertThat(result.getResponseHeaders().getContentType()).hasToString("application/graphml+xml");
    assertThat(result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .startsWith("attachment").contains("case-package-case-" + number + ".graphml");

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(result.getResponseBody()));
    String ns = CasePackageGraphMl.NAMESPACE;
    Set<String> keys = new HashSet<>();
    NodeList keyElements = document.getElementsByTagNameNS(ns, "key");
    for (int i = 0; i < keyElements.getLength(); i++) {
      Element key = (Element) keyElements.item(i);
      keys.add(key.getAttribute("for") + ":" + key.getAttribute("attr.name") + ":" + key.getAttribute("attr.type"));
    }
    assertThat(keys).contains("node:label:string", "node:kind:string", "edge:type:string",
        "node:quantityKg:double", "node:weightKg:double");
    Set<String> nodeIds = new HashSet<>();
    NodeList nodes = document.getElementsByTagNameNS(ns, "node");
    for (int i = 0; i < nodes.getLength(); i++) {
      nodeIds.add(((Element) nodes.item(i)).getAttribute("id"));
    }
    String involved = driver.executableQuery("MATCH (:Case {uid: $id})-[:INVOLVES {role: 'ARRESTED'}]->(p) RETURN p.uid AS uid")
        .withParameters(Map.of("id", caseId)).execute().records().get(0).get("uid").asString();
    assertThat(nodeIds).contains(caseId, "Seizure/SZ-" + number, involved);
    assertThat(nodeIds).anyMatch(id -> id.startsWith("Shipment/")).anyMatch(id -> id.startsWith("Region/"));
  }

  @Test
  void kingpinPackageAsI2HasLinksBetweenItsEntities() throws Exception {
    String kingpin = truth.kingpins().get(0);
    EntityExchangeResult<byte[]> result = get("/export/person/" + kingpin + "?format=i2&limit=50");
    assertThat(result.getStatus().value()).isEqualTo(200);
    assertThat(result.getResponseHeaders().getContentType()).hasToString("application/zip");
    Map<String, List<CSVRecord>> files = CasePackageFormatsTests.i2Files(result.getResponseBody());
    Set<String> entities = new HashSet<>();
    files.get("entities.csv").stream().skip(1).forEach(row -> entities.add(row.get(0)));
    assertThat(entities).contains("Person/" + kingpin);
    assertThat(files.get("links.csv")).hasSizeGreaterThan(1);
    files.get("links.csv").stream().skip(1)
        .forEach(link -> assertThat(entities).contains(link.get(1), link.get(2)));
  }

  @Test
  void traceExportedAsASelectionKeepsEveryNodeAndEdgeOfTheTrace() {
    String seizure = uids("Seizure").get(0);
    JsonNode trace = GraphQlOverHttp.tester(port).documentName("trace").variable("input", Map.of("id", seizure))
        .execute().errors().verify().path("trace.subgraph").entity(JsonNode.class).get();
    List<String> ids = trace.get("nodes").valueStream().map(node -> node.get("id").asString()).toList();
    assertThat(ids).hasSizeGreaterThan(5);

    EntityExchangeResult<byte[]> result = web.post().uri("/export/selection").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("ids", ids, "title", "Trace from " + seizure)).exchange().expectBody().returnResult();
    assertThat(result.getStatus().value()).isEqualTo(200);
    String body = new String(result.getResponseBody(), StandardCharsets.UTF_8);
    assertThat(CasePackageSchema.errors(body)).isEmpty();
    JsonNode pack = JSON.readTree(body);
    assertThat(pack.get("subject").get("kind").asString()).isEqualTo("selection");
    assertThat(pack.get("subject").get("title").asString()).isEqualTo("Trace from " + seizure);
    assertThat(pack.get("nodes").valueStream().map(node -> node.get("id").asString()).toList())
        .as("the trace's nodes, in its order").containsExactlyElementsOf(ids);
    Set<String> edges = pack.get("edges").valueStream().map(ExportIT::edgeKey).collect(Collectors.toSet());
    assertThat(trace.get("edges").valueStream().map(ExportIT::edgeKey).toList())
        .as("every edge of the trace").allSatisfy(edge -> assertThat(edges).contains(edge));
  }

  @Test
  void unknownGangIsA404NamingItsId() {
    EntityExchangeResult<byte[]> result = get("/export/gang/G999?format=graphml");
    assertThat(result.getStatus().value()).isEqualTo(404);
    assertThat(result.getResponseHeaders().getContentType()).hasToString("application/problem+json");
    JsonNode problem = json(result);
    assertThat(problem.get("detail").asString()).contains("'Gang/G999'");
    assertThat(problem.get("ids").get(0).asString()).isEqualTo("Gang/G999");
    assertThat(new String(result.getResponseBody(), StandardCharsets.UTF_8)).doesNotContain("at org.");
  }

  @Test
  void selectionWithUnknownIdsIsA404NamingOnlyThose() {
    EntityExchangeResult<byte[]> result = web.post().uri("/export/selection").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("ids", List.of(truth.kingpins().isEmpty() ? "" : "Person/" + truth.kingpins().get(0),
            "Person/NOBODY", "Phone/000"))).exchange().expectBody().returnResult();
    assertThat(result.getStatus().value()).isEqualTo(404);
    assertThat(json(result).get("ids").valueStream().map(JsonNode::asString).toList())
        .containsExactly("Person/NOBODY", "Phone/000");
  }

  @Test
  void badFormatSubjectOrLimitIsA400NamingTheParameter() {
    EntityExchangeResult<byte[]> format = get("/export/gang/G001?format=pdf");
    assertThat(format.getStatus().value()).isEqualTo(400);
    assertThat(json(format).get("parameter").asString()).isEqualTo("format");
    assertThat(json(format).get("detail").asString()).contains("'format'").contains("json, graphml, i2");

    EntityExchangeResult<byte[]> subject = get("/export/planet/X");
    assertThat(subject.getStatus().value()).isEqualTo(400);
    assertThat(json(subject).get("parameter").asString()).isEqualTo("subject");

    EntityExchangeResult<byte[]> limit = get("/export/person/P000001?limit=lots");
    assertThat(limit.getStatus().value()).isEqualTo(400);
    assertThat(json(limit).get("parameter").asString()).isEqualTo("limit");

    EntityExchangeResult<byte[]> empty = web.post().uri("/export/selection").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("ids", List.of())).exchange().expectBody().returnResult();
    assertThat(empty.getStatus().value()).isEqualTo(400);
    assertThat(json(empty).get("parameter").asString()).isEqualTo("ids");
  }

  @Test
  void graphMlIsWellFormedForAnyStoredStringControlCharactersIncluded() throws Exception {
    // written directly: the import refuses such characters, but older data or other tools may hold them
    driver.executableQuery("CREATE (:Gang:Entity {id: 'GXML-1', uid: 'Gang/GXML-1', name: $name, note: $note})")
        .withParameters(Map.of("name", "甲\u0001乙\u0000丙\u001F", "note", "tab\tok\u007F\uFFFE \uD840\uDC00"))
        .execute();
    try {
      EntityExchangeResult<byte[]> result = get("/export/gang/GXML-1?format=graphml");
      assertThat(result.getStatus().value()).isEqualTo(200);
      Document graphml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(result.getResponseBody()));
      NodeList data = graphml.getElementsByTagName("data");
      List<String> texts = new java.util.ArrayList<>();
      for (int i = 0; i < data.getLength(); i++) {
        texts.add(data.item(i).getTextContent());
      }
      assertThat(texts).contains("甲\uFFFD乙\uFFFD丙\uFFFD", "tab\tok\u007F\uFFFD \uD840\uDC00");
    } finally {
      driver.executableQuery("MATCH (g:Gang {id: 'GXML-1'}) DETACH DELETE g").execute();
    }
  }

  @Test
  void aSelectionWithANullIdIsA400NamingIds() {
    for (String body : List.of("{\"ids\": [null]}", "{\"ids\": [\"Gang/G001\", null]}")) {
      EntityExchangeResult<byte[]> result = web.post().uri("/export/selection").contentType(MediaType.APPLICATION_JSON)
          .bodyValue(body).exchange().expectBody().returnResult();
      assertThat(result.getStatus().value()).as(body).isEqualTo(400);
      assertThat(json(result).get("parameter").asString()).isEqualTo("ids");
      assertThat(json(result).get("detail").asString()).contains("'ids'").contains("null");
    }
  }

  @Test
  void aSelectionOfAnotherContentTypeIsA415ProblemNamingJson() {
    EntityExchangeResult<byte[]> result = web.post().uri("/export/selection").contentType(MediaType.TEXT_PLAIN)
        .bodyValue("Gang/G001").exchange().expectBody().returnResult();
    assertThat(result.getStatus().value()).isEqualTo(415);
    assertThat(result.getResponseHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(json(result).get("detail").asString()).contains("'text/plain' is not accepted here")
        .contains("application/json");
    assertThat(json(result).has("timestamp")).isFalse();
  }

  @Test
  void schemaIsServed() {
    JsonNode schema = json(get("/export/schema/case-package-v1.json"));
    assertThat(schema.get("properties").get("format").get("const").asString()).isEqualTo("chainbreaker-case-package");
  }

  private static Set<String> ids(JsonNode nodes) {
    return nodes.valueStream().map(node -> node.get("id").asString()).collect(Collectors.toSet());
  }

  private static String edgeKey(JsonNode edge) {
    return edge.get("type").asString() + ":" + edge.get("source").asString() + "->" + edge.get("target").asString();
  }
}
