package org.chainbreaker.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The case package as GraphML (Gephi, Cytoscape, yEd): a directed graph whose nodes carry {@code label} (the caption,
 * which Gephi and Cytoscape show), {@code kind} (Person, Shipment ...) and every property; edges carry {@code label}
 * and {@code type} (the relationship type) and their properties. Every attribute is declared once as a
 * {@code <key>} with its type: long, double or boolean when all its values are, else string (date-times ISO-8601,
 * lists joined with "; "). A property whose name clashes with label, kind or type gets the prefix "property.".
 */
final class CasePackageGraphMl {

  static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
  private static final List<String> NODE_FIXED = List.of("label", "kind");
  private static final List<String> EDGE_FIXED = List.of("label", "type");

  private CasePackageGraphMl() {}

  /** One declared attribute: its key id, name in the file, type, and the property it holds (null for a fixed one). */
  private record Key(String id, String name, String type, String property) {}

  static void write(CasePackage pack, OutputStream out) {
    List<Key> nodeKeys = keys("n", NODE_FIXED, pack.nodes(), PackageNode::properties);
    List<Key> edgeKeys = keys("e", EDGE_FIXED, pack.edges(), PackageEdge::properties);
    try {
      XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("graphml");
      xml.writeDefaultNamespace(NAMESPACE);
      xml.writeCharacters("\n");
      declare(xml, "node", nodeKeys);
      declare(xml, "edge", edgeKeys);
      xml.writeStartElement("graph");
      xml.writeAttribute("id", xmlText(pack.subject().id() == null ? "selection" : pack.subject().id()));
      xml.writeAttribute("edgedefault", "directed");
      xml.writeCharacters("\n");
      for (PackageNode node : pack.nodes()) {
        xml.writeStartElement("node");
        xml.writeAttribute("id", xmlText(node.id()));
        data(xml, nodeKeys, key -> switch (key.name()) {
          case "label" -> node.caption().isEmpty() ? node.id() : node.caption();
          case "kind" -> node.label();
          default -> node.properties().get(key.property());
        });
        xml.writeEndElement();
        xml.writeCharacters("\n");
      }
      for (PackageEdge edge : pack.edges()) {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", xmlText(edge.id()));
        xml.writeAttribute("source", xmlText(edge.source()));
        xml.writeAttribute("target", xmlText(edge.target()));
        data(xml, edgeKeys, key -> key.property() == null ? edge.type() : edge.properties().get(key.property()));
        xml.writeEndElement();
        xml.writeCharacters("\n");
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write GraphML", e);
    }
  }

  private static <T> List<Key> keys(String prefix, List<String> fixed, List<T> items,
      Function<T, Map<String, Object>> properties) {
    Map<String, List<Object>> valuesByProperty = new TreeMap<>();
    for (T item : items) {
      properties.apply(item).forEach((name, value) -> {
        if (value != null) {
          valuesByProperty.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
        }
      });
    }
    List<Key> keys = new ArrayList<>();
    for (String name : fixed) {
      keys.add(new Key(prefix + keys.size(), name, "string", null));
    }
    Map<String, Key> byName = new LinkedHashMap<>();
    valuesByProperty.forEach((property, values) -> {
      String name = fixed.contains(property) ? "property." + property : property;
      byName.put(name, new Key(prefix + (keys.size() + byName.size()), name, PropertyValues.graphMlType(values),
          property));
    });
    keys.addAll(byName.values());
    return keys;
  }

  private static void declare(XMLStreamWriter xml, String domain, List<Key> keys) throws XMLStreamException {
    for (Key key : keys) {
      xml.writeEmptyElement("key");
      xml.writeAttribute("id", key.id());
      xml.writeAttribute("for", domain);
      xml.writeAttribute("attr.name", xmlText(key.name()));
      xml.writeAttribute("attr.type", key.type());
      xml.writeCharacters("\n");
    }
  }

  /**
   * The text as XML 1.0 can hold it: the characters it forbids even escaped (control characters other than tab, line
   * feed and carriage return; lone surrogates; U+FFFE and U+FFFF) become U+FFFD, so the file is well-formed whatever
   * a property holds (data written before the import refused such characters, or by other tools).
   */
  static String xmlText(String text) {
    StringBuilder clean = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      boolean allowed = pair || c == '\t' || c == '\n' || c == '\r'
          || c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c);
      if (!allowed && clean == null) {
        clean = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (clean != null) {
        clean.append(allowed ? c : '\uFFFD');
        if (pair) {
          clean.append(text.charAt(i + 1));
        }
      }
      if (pair) {
        i++;
      }
    }
    return clean == null ? text : clean.toString();
  }

  private static void data(XMLStreamWriter xml, List<Key> keys, Function<Key, Object> valueOf)
      throws XMLStreamException {
    for (Key key : keys) {
      Object value = valueOf.apply(key);
      if (value != null) {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key.id());
        xml.writeCharacters(xmlText(PropertyValues.text(value)));
        xml.writeEndElement();
      }
    }
  }
}
