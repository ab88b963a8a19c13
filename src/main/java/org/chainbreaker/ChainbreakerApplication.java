package org.chainbreaker;

import org.chainbreaker.cli.Commands;
import org.chainbreaker.export.ExportCommand;
import org.chainbreaker.ingest.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the Chainbreaker service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChainbreakerApplication {
  public static void main(String[] args) {
    // A command talks to a running service over Bolt: no Spring context, no second database on the same data dir.
    // Each capability owns its commands (no capability may reach into another's): cypher run, import, export.
    if (Commands.isCommand(args)) {
      System.exit(Commands.run(args));
    }
    if (ImportCommand.isCommand(args)) {
      System.exit(ImportCommand.run(args));
    }
    if (ExportCommand.isCommand(args)) {
      System.exit(ExportCommand.run(args));
    }
    SpringApplication.run(ChainbreakerApplication.class, args);
  }
}
