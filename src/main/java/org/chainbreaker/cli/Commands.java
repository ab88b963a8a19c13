package org.chainbreaker.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The packaged application's commands ({@code java -jar chainbreaker.jar cypher run ...}), which run without
 * starting the service: no Spring context, no embedded database of their own.
 */
public final class Commands {

  private Commands() {}

  /** Whether the arguments name a command rather than options of the service. */
  public static boolean isCommand(String[] args) {
    return args.length > 0 && args[0].equals("cypher");
  }

  /** Runs the command on the process's standard streams (UTF-8) and returns its exit code. */
  public static int run(String[] args) {
    // Libraries that log through SLF4J would otherwise get logback's default: DEBUG lines on standard output.
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "org/chainbreaker/cli/logback-cli.xml");
    }
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = new CypherCommand(out, err, System.getenv()).execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
