package org.chainbreaker.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON Lines: one object per line (blank lines skipped); numbers and booleans are read as their text. */
final class JsonLinesRows implements RowSource {

  // a key given twice is refused, not "the last one wins"
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  // Jackson's messages may name the place in its own terms ("[Source: REDACTED ...; line: 1, column: 3]"): the reject
  // names the line and column itself
  private static final Pattern JACKSON_LOCATION = Pattern.compile("\\s*\\(?(?:start marker )?at \\[Source:[^\\]]*\\]\\)?");

  private final String file;
  private final BufferedReader reader;
  private long line;
  private String pending;

  JsonLinesRows(String file, Reader reader) {
    this.file = file;
    this.reader = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
  }

  @Override
  public List<String> columns() {
    return List.of();
  }

  @Override
  public boolean hasNext() {
    try {
      while (pending == null) {
        String text = reader.readLine();
        if (text == null) {
          return false;
        }
        line++;
        if (!text.isBlank()) {
          pending = text;
        }
      }
      return true;
    } catch (IOException e) {
      throw ImportFormat.unreadable(line + 1, e);
    }
  }

  @Override
  public RawRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    String text = pending;
    pending = null;
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JacksonException e) {
      return RawRow.unreadable(file, line, "not valid JSON" + (e.getLocation() == null ? "" : " at column "
          + e.getLocation().getColumnNr()) + ": " + clean(e.getOriginalMessage()));
    }
    if (node == null || !node.isObject()) {
      return RawRow.unreadable(file, line, "not a JSON object");
    }
    Map<String, String> values = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      String key = Column.canonical(field.getKey());
      if (!seen.add(key)) {
        return RawRow.unreadable(file, line, "the key '" + field.getKey() + "' names a column another key of the "
            + "object names too (keys match ignoring case, _, - and spaces)");
      }
      if (value.isArray()) {
        // a list (aliases) as the CSV writes it
        values.put(key, String.join("|", value.valueStream().map(JsonNode::asString).toList()));
      } else if (!value.isNull()) {
        values.put(key, value.isString() ? value.asString() : value.toString());
      }
    }
    return new RawRow(file, line, values, null);
  }

  private static String clean(String message) {
    String text = message == null ? "" : message.lines().findFirst().orElse("");
    return JACKSON_LOCATION.matcher(text).replaceAll("").strip();
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
