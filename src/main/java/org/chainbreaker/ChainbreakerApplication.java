package org.chainbreaker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the Chainbreaker service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChainbreakerApplication {
  public static void main(String[] args) {
    SpringApplication.run(ChainbreakerApplication.class, args);
  }
}
