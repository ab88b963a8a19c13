package org.chainbreaker;

import org.chainbreaker.cli.Commands;
import org.chainbreaker.ingest.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the Chainbreaker service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChainbreakerApplication {
  public static void main(String[] args) {
    if (Commands.isCommand(args)) {
      // A command talks to a running service over Bolt: no Spring context, no second database on the same data dir.
      System.exit(Commands.run(args));
    }
    if (ImportCommand.isCommand(args)) {
      // The import command is the ingest capability's own (cli/ may not reach into ingest/): same rules as above.
      System.exit(ImportCommand.run(args));
    }
    SpringApplication.run(ChainbreakerApplication.class, args);
  }
}
