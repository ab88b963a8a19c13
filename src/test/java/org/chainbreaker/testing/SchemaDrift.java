package org.chainbreaker.testing;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.execution.SchemaReport;

/** Captures Spring for GraphQL's schema mapping report, so a test fails on SDL fields without a mapping. */
@TestConfiguration(proxyBeanMethods = false)
public class SchemaDrift {

  private final AtomicReference<SchemaReport> report = new AtomicReference<>();

  @Bean
  GraphQlSourceBuilderCustomizer captureSchemaReport() {
    return builder -> builder.inspectSchemaMappings(report::set);
  }

  /** The report of the running application's schema. */
  public SchemaReport report() {
    return report.get();
  }
}
