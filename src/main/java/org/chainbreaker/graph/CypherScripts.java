package org.chainbreaker.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Cypher files of the top-level {@code cypher/} folder (shipped on the classpath), loaded by name:
 * {@code "lookup/person"} is {@code cypher/lookup/person.cypher}. Java holds no Cypher of its own.
 */
@Component
public class CypherScripts {

  private static final String ROOT = "cypher/";
  private static final String SUFFIX = ".cypher";

  private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  /** The text of one script, header comments included (Cypher ignores them). */
  public String text(String name) {
    return cache.computeIfAbsent(name, this::load);
  }

  /** The statements of a multi-statement script (split at semicolons ending a line), comment-only parts dropped. */
  public List<String> statements(String name) {
    List<String> statements = new ArrayList<>();
    for (String part : text(name).split(";\\s*(\\r?\\n|$)")) {
      if (!withoutComments(part).isBlank()) {
        statements.add(part.strip());
      }
    }
    return statements;
  }

  /** Names (without folder prefix handling) of the scripts in one folder, e.g. {@code names("schema")}, sorted. */
  public List<String> names(String folder) {
    try {
      Resource[] resources = resolver.getResources("classpath*:" + ROOT + folder + "/*" + SUFFIX);
      return Arrays.stream(resources)
          .map(Resource::getFilename)
          .filter(filename -> filename != null)
          .map(filename -> folder + "/" + filename.substring(0, filename.length() - SUFFIX.length()))
          .distinct()
          .sorted(Comparator.naturalOrder())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list cypher/" + folder, e);
    }
  }

  private String load(String name) {
    Resource resource = resolver.getResource("classpath:" + ROOT + name + SUFFIX);
    if (!resource.exists()) {
      throw new IllegalArgumentException("No Cypher script " + ROOT + name + SUFFIX + " on the classpath");
    }
    try {
      return resource.getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + ROOT + name + SUFFIX, e);
    }
  }

  private static String withoutComments(String cypher) {
    return cypher.replaceAll("(?m)//.*$", "");
  }
}
