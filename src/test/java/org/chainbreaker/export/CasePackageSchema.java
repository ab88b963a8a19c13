package org.chainbreaker.export;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/** The shipped JSON Schema of case packages, for validating what the exporter writes. */
final class CasePackageSchema {

  private static final Schema SCHEMA = load();

  private CasePackageSchema() {}

  /** The validation errors of a JSON document (empty when it is a valid version-1 case package). */
  static List<String> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static Schema load() {
    try (InputStream in = new ClassPathResource(CasePackageJson.SCHEMA_RESOURCE).getInputStream()) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
