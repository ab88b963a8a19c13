package org.chainbreaker.ingest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chainbreaker.api.InvalidArgumentException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL fields of ingest.graphqls: small batches through the import engine, and job reports. */
@Controller
class ImportGraphQlController {

  /** The mutation's input (see ImportRecordsInput in the SDL). */
  record ImportRecordsInput(ImportType type, ImportFormat format, String content, String source, String name) {}

  private final ImportEngine engine;

  ImportGraphQlController(ImportEngine engine) {
    this.engine = engine;
  }

  @MutationMapping
  ImportReport importRecords(@Argument ImportRecordsInput input) {
    IngestProperties limits = engine.properties();
    String source = ImportSource.check(input.source(), "input.source");
    if (input.content().length() > limits.maxGraphqlChars()) {
      throw new InvalidArgumentException("input.content", "at most " + limits.maxGraphqlChars()
          + " characters, was " + input.content().length() + "; post bigger batches to /import/" + input.type().label());
    }
    long rows = input.content().lines().filter(line -> !line.isBlank()).count()
        - (input.format() == ImportFormat.CSV ? 1 : 0);
    if (rows > limits.maxGraphqlRows()) {
      throw new InvalidArgumentException("input.content", "at most " + limits.maxGraphqlRows() + " rows, was " + rows
          + "; post bigger batches to /import/" + input.type().label());
    }
    String name = input.name() == null || input.name().isBlank() ? "graphql" : input.name().strip();
    byte[] bytes = input.content().getBytes(StandardCharsets.UTF_8);
    return engine.run(input.type(), source,
        List.of(new ImportInput(name, input.format(), () -> new ByteArrayInputStream(bytes))), ImportListener.NONE);
  }

  @QueryMapping
  ImportReport importJob(@Argument String id) {
    return engine.job(id).orElse(null);
  }
}
