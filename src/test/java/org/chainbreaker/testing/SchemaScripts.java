package org.chainbreaker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The versioned schema scripts of {@code cypher/schema/}, so tests expect whatever migrations the project ships. */
public final class SchemaScripts {

  private SchemaScripts() {}

  /** The versions of {@code cypher/schema/V<n>__<name>.cypher}, ascending (gaps allowed). */
  public static List<Integer> versions() {
    try (Stream<Path> files = Files.list(Path.of("cypher/schema"))) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> name.matches("V\\d+__.+\\.cypher"))
          .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
