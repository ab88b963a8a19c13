package org.chainbreaker.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a command of the packaged application did — exit code, standard output, standard error — run in this JVM or
 * as a separate process (the packaged jar, cypher-shell), for the command integration tests.
 */
public record CommandOutcome(int exitCode, String out, String err) {

  /** A command run in this JVM, writing to the given streams and returning its exit code. */
  public interface InProcess {
    int execute(ByteArrayOutputStream out, PrintStream err);
  }

  /** Runs a command in this JVM and captures what it wrote. */
  public static CommandOutcome inProcess(InProcess command) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = command.execute(out, new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CommandOutcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs a process (standard input empty) and waits for it; fails the test if it outlives the timeout. */
  public static CommandOutcome process(List<String> command, Map<String, String> environment, Duration timeout)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("command-out", ".txt");
    Path err = Files.createTempFile("command-err", ".txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("Not done within " + timeout + ": " + command);
      }
      return new CommandOutcome(process.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** The {@code java} executable of the JVM running the tests. */
  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
