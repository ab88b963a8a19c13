package org.chainbreaker.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON Lines: one object per line (blank lines skipped); numbers and booleans are read as their text. */
final class JsonLinesRows implements RowSource {

  private static final JsonMapper JSON = JsonMapper.builder().build();

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
      throw new UncheckedIOException(e);
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
      return RawRow.unreadable(file, line, "not a JSON object: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return RawRow.unreadable(file, line, "not a JSON object");
    }
    Map<String, String> values = new HashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      String key = Column.canonical(field.getKey());
      if (value.isArray()) {
        // a list (aliases) as the CSV writes it
        values.put(key, String.join("|", value.valueStream().map(JsonNode::asString).toList()));
      } else if (!value.isNull()) {
        values.put(key, value.isString() ? value.asString() : value.toString());
      }
    }
    return new RawRow(file, line, values, null);
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
