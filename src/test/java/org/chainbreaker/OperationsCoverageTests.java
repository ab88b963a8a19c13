package org.chainbreaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every example operation in graphql/operations/ is run by some integration test, so none can go stale. */
class OperationsCoverageTests {

  private static final Pattern DOCUMENT_NAME = Pattern.compile("documentName\\(\"([^\"]+)\"\\)");

  @Test
  void everyOperationFileIsRunByATest() throws IOException {
    Set<String> run = new HashSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/test/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith("IT.java")).toList()) {
        Matcher matcher = DOCUMENT_NAME.matcher(Files.readString(source));
        while (matcher.find()) {
          run.add(matcher.group(1));
        }
      }
    }
    List<String> operations;
    try (Stream<Path> files = Files.list(Path.of("graphql/operations"))) {
      operations = files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".graphql"))
          .map(name -> name.substring(0, name.length() - ".graphql".length())).sorted().toList();
    }
    assertThat(operations).isNotEmpty();
    assertThat(operations).as("operations no *IT runs with documentName(...)").allSatisfy(op -> assertThat(run).contains(op));
  }
}
