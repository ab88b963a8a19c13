package org.chainbreaker.ingest;

import java.util.regex.Pattern;
import org.chainbreaker.api.InvalidArgumentException;

/** The name of a source system, as recorded in provenance: 1 to 64 letters, digits, ".", "_", ":" or "-". */
final class ImportSource {

  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._:-]{1,64}");

  private ImportSource() {}

  /** The name, stripped; throws {@link InvalidArgumentException} naming {@code argument} when it does not fit. */
  static String check(String source, String argument) {
    String name = source == null ? "" : source.strip();
    if (!NAME.matcher(name).matches()) {
      throw new InvalidArgumentException(argument, "a source system name of 1 to 64 letters, digits, '.', '_', ':' "
          + "or '-', was '" + source + "'");
    }
    return name;
  }
}
