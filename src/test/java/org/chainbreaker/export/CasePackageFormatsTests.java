package org.chainbreaker.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The three package formats on a tiny hand-built package: a courier, a parcel, its receiver and a gang. */
class CasePackageFormatsTests {

  static final ZonedDateTime SENT = ZonedDateTime.of(2026, 7, 21, 10, 15, 0, 0, ZoneOffset.ofHours(8));

  static CasePackage courierParcelReceiverAndGang() {
    Map<String, Object> courier = new LinkedHashMap<>();
    courier.put("id", "P000001");
    courier.put("name", "王伟");
    courier.put("aliases", List.of("老王", "Wang, \"W\""));
    courier.put("birthYear", 1988L);
    courier.put("status", "ARRESTED");
    Map<String, Object> parcel = new LinkedHashMap<>();
    parcel.put("waybillNo", "SF1234567890");
    parcel.put("weightKg", 2.5);
    parcel.put("sentAt", SENT);
    parcel.put("declaredContent", "茶叶, 普洱");
    List<PackageNode> nodes = List.of(
        new PackageNode("Person/P000001", "Person", "王伟", courier),
        new PackageNode("Shipment/SF1234567890", "Shipment", "SF1234567890 顺丰", parcel),
        new PackageNode("Person/P000002", "Person", "李娜", Map.of("id", "P000002", "name", "李娜")),
        new PackageNode("Gang/G001", "Gang", "滇西贩毒团伙", Map.of("id", "G001", "label", "clashes with GraphML's")));
    List<PackageEdge> edges = List.of(
        new PackageEdge("5:x:1", "SENT", "Person/P000001", "Shipment/SF1234567890", Map.of()),
        new PackageEdge("5:x:2", "ADDRESSED_TO", "Shipment/SF1234567890", "Person/P000002", Map.of()),
        new PackageEdge("5:x:3", "MEMBER_OF", "Person/P000001", "Gang/G001",
            Map.of("role", "COURIER", "since", SENT.toLocalDate())));
    return new CasePackage(new PackageSubject("gang", "Gang/G001", "Case package: gang G001"),
        Instant.parse("2026-11-29T04:00:00Z"), nodes, edges);
  }

  static byte[] written(PackageFormat format, CasePackage pack) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(pack, out);
    return out.toByteArray();
  }

  @Test
  void jsonPackageValidatesAgainstItsSchemaAndKeepsPropertyTypes() {
    String json = new String(written(PackageFormat.JSON, courierParcelReceiverAndGang()), StandardCharsets.UTF_8);
    assertThat(CasePackageSchema.errors(json)).isEmpty();
    JsonNode document = JsonMapper.builder().build().readTree(json);
    assertThat(document.get("format").asString()).isEqualTo("chainbreaker-case-package");
    assertThat(document.get("version").asInt()).isEqualTo(1);
    JsonNode courier = document.get("nodes").get(0).get("properties");
    assertThat(courier.get("birthYear").isNumber()).as("numbers stay numbers").isTrue();
    assertThat(courier.get("aliases").isArray()).as("lists stay lists").isTrue();
    assertThat(document.get("nodes").get(1).get("properties").get("sentAt").asString())
        .isEqualTo("2026-07-21T10:15:00+08:00");
  }

  @Test
  void schemaRejectsAnotherVersionAndAnEdgeWithoutTarget() {
    String json = new String(written(PackageFormat.JSON, courierParcelReceiverAndGang()), StandardCharsets.UTF_8);
    assertThat(CasePackageSchema.errors(json.replace("\"version\" : 1", "\"version\" : 2")))
        .as("the validator really checks").isNotEmpty();
    assertThat(CasePackageSchema.errors(json.replace("\"target\" : \"Person/P000002\",", ""))).isNotEmpty();
  }

  @Test
  void graphMlDeclaresEveryAttributeWithItsTypeAndEdgesJoinDeclaredNodes() throws Exception {
    byte[] graphMl = written(PackageFormat.GRAPHML, courierParcelReceiverAndGang());
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(graphMl));
    Element root = document.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("graphml");
    assertThat(root.getNamespaceURI()).isEqualTo(CasePackageGraphMl.NAMESPACE);

    Map<String, String> typeByNodeAttribute = new HashMap<>();
    Set<String> keyIds = new HashSet<>();
    NodeList keys = root.getElementsByTagNameNS(CasePackageGraphMl.NAMESPACE, "key");
    for (int i = 0; i < keys.getLength(); i++) {
      Element key = (Element) keys.item(i);
      assertThat(keyIds.add(key.getAttribute("id"))).as("key ids are unique").isTrue();
      if (key.getAttribute("for").equals("node")) {
        typeByNodeAttribute.put(key.getAttribute("attr.name"), key.getAttribute("attr.type"));
      }
    }
    assertThat(typeByNodeAttribute).containsEntry("label", "string").containsEntry("kind", "string")
        .containsEntry("birthYear", "long").containsEntry("weightKg", "double").containsEntry("sentAt", "string")
        .containsEntry("property.label", "string");

    NodeList data = root.getElementsByTagNameNS(CasePackageGraphMl.NAMESPACE, "data");
    for (int i = 0; i < data.getLength(); i++) {
      assertThat(keyIds).as("every data element uses a declared key").contains(((Element) data.item(i)).getAttribute("key"));
    }
    Set<String> nodeIds = new HashSet<>();
    NodeList nodes = root.getElementsByTagNameNS(CasePackageGraphMl.NAMESPACE, "node");
    for (int i = 0; i < nodes.getLength(); i++) {
      nodeIds.add(((Element) nodes.item(i)).getAttribute("id"));
    }
    NodeList edges = root.getElementsByTagNameNS(CasePackageGraphMl.NAMESPACE, "edge");
    assertThat(edges.getLength()).isEqualTo(3);
    for (int i = 0; i < edges.getLength(); i++) {
      Element edge = (Element) edges.item(i);
      assertThat(nodeIds).contains(edge.getAttribute("source"), edge.getAttribute("target"));
    }
    assertThat(new String(graphMl, StandardCharsets.UTF_8)).contains("王伟").contains("老王; Wang, \"W\"");
  }

  @Test
  void i2ZipHoldsEntitiesAndLinksWhoseEndsAreEntities() throws IOException {
    Map<String, List<CSVRecord>> files = i2Files(written(PackageFormat.I2, courierParcelReceiverAndGang()));
    assertThat(files).containsOnlyKeys("entities.csv", "links.csv");
    List<CSVRecord> entities = files.get("entities.csv");
    List<CSVRecord> links = files.get("links.csv");
    assertThat(entities.get(0).toList()).startsWith("Entity ID", "Entity Type", "Label")
        .contains("aliases", "birthYear", "waybillNo");
    assertThat(links.get(0).toList()).startsWith("Link ID", "From ID", "To ID", "Link Type").contains("role");
    Set<String> entityIds = new HashSet<>();
    entities.stream().skip(1).forEach(row -> entityIds.add(row.get(0)));
    assertThat(entityIds).hasSize(4);
    assertThat(links).hasSize(4);
    links.stream().skip(1).forEach(link -> assertThat(entityIds).contains(link.get(1), link.get(2)));
    CSVRecord courier = entities.get(1);
    int aliases = entities.get(0).toList().indexOf("aliases");
    assertThat(courier.get(aliases)).as("commas and quotes survive CSV quoting").isEqualTo("老王; Wang, \"W\"");
  }

  /** The CSV files of an i2 zip, parsed (byte-order mark dropped), header first. */
  static Map<String, List<CSVRecord>> i2Files(byte[] zip) throws IOException {
    Map<String, List<CSVRecord>> files = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text).as(entry.getName() + " starts with a byte-order mark").startsWith("\uFEFF");
        try (CSVParser csv = CSVFormat.RFC4180.parse(new InputStreamReader(
            new ByteArrayInputStream(text.substring(1).getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))) {
          files.put(entry.getName(), csv.getRecords());
        }
      }
    }
    return files;
  }
}
