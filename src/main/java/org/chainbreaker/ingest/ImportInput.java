package org.chainbreaker.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * One input of an import job: a name for reports and provenance (the file name, or what the HTTP client called it),
 * its format, and how to open it (opened once, read row by row, closed by the engine).
 */
public record ImportInput(String name, ImportFormat format, Opener opener) {

  /** Opens the input's bytes. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }
}
