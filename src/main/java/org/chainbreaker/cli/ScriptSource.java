package org.chainbreaker.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.chainbreaker.graph.CypherScripts;

/**
 * The script a command runs: a file when one exists at the path given, else a script shipped in the jar by name —
 * {@code analysis/paths}, {@code analysis/paths.cypher} or {@code cypher/analysis/paths.cypher} are all
 * {@code cypher/analysis/paths.cypher} on the classpath.
 */
record ScriptSource(String name, String text) {

  static ScriptSource resolve(String argument, CypherScripts shipped) {
    Path file = asPath(argument);
    if (file != null && Files.isRegularFile(file)) {
      try {
        return new ScriptSource(argument, Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UsageException("Cannot read script " + file.toAbsolutePath() + ": " + e.getMessage());
      }
    }
    String name = argument.replace('\\', '/');
    if (name.startsWith("cypher/")) {
      name = name.substring("cypher/".length());
    }
    if (name.endsWith(".cypher")) {
      name = name.substring(0, name.length() - ".cypher".length());
    }
    try {
      return new ScriptSource("cypher/" + name + ".cypher", shipped.text(name));
    } catch (IllegalArgumentException | UncheckedIOException notShipped) {
      throw new UsageException("No script '" + argument + "': no such file, and no cypher/" + name
          + ".cypher in the application. Shipped analyst scripts: " + String.join(", ", shipped.names("analysis")));
    }
  }

  private static Path asPath(String argument) {
    try {
      return Path.of(argument);
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
