package org.chainbreaker.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The case package as the two files i2 Analyst's Notebook imports (one import specification for entities, one for
 * links), zipped: {@code entities.csv} (Entity ID, Entity Type, Label, then one column per property) and
 * {@code links.csv} (Link ID, From ID, To ID, Link Type, then one column per property). Every From ID and To ID is an
 * Entity ID of entities.csv. UTF-8 with a byte-order mark (so Analyst's Notebook and Excel read Chinese text), commas,
 * RFC 4180 quoting, date-times ISO-8601 with offset, lists joined with "; ".
 */
final class CasePackageI2 {

  static final String ENTITIES = "entities.csv";
  static final String LINKS = "links.csv";
  static final List<String> ENTITY_COLUMNS = List.of("Entity ID", "Entity Type", "Label");
  static final List<String> LINK_COLUMNS = List.of("Link ID", "From ID", "To ID", "Link Type");

  private CasePackageI2() {}

  static void write(CasePackage pack, OutputStream out) {
    try {
      ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
      zip.putNextEntry(new ZipEntry(ENTITIES));
      table(zip, ENTITY_COLUMNS, pack.nodes(), PackageNode::properties,
          node -> List.of(node.id(), node.label(), node.caption().isEmpty() ? node.id() : node.caption()));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry(LINKS));
      table(zip, LINK_COLUMNS, pack.edges(), PackageEdge::properties,
          edge -> List.of(edge.id(), edge.source(), edge.target(), edge.type()));
      zip.closeEntry();
      zip.finish();
      zip.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the i2 files", e);
    }
  }

  private static <T> void table(OutputStream out, List<String> fixedColumns, List<T> rows,
      Function<T, Map<String, Object>> properties, Function<T, List<String>> fixedValues) throws IOException {
    TreeSet<String> propertyColumns = new TreeSet<>();
    rows.forEach(row -> propertyColumns.addAll(properties.apply(row).keySet()));
    List<String> header = new ArrayList<>(fixedColumns);
    // A property named like a fixed column ("Label") would make two columns of one name.
    propertyColumns.forEach(name -> header.add(fixedColumns.contains(name) ? "property." + name : name));
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
    csv.printRecord(header);
    for (T row : rows) {
      List<String> values = new ArrayList<>(fixedValues.apply(row));
      Map<String, Object> rowProperties = properties.apply(row);
      propertyColumns.forEach(name -> values.add(PropertyValues.text(rowProperties.get(name))));
      csv.printRecord(values);
    }
    csv.flush();
  }
}
