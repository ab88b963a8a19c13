package org.chainbreaker.ingest;

/**
 * An import that cannot start or go on, for a reason the caller can fix (unknown type or format, a header missing a
 * required column, a batch too big for GraphQL); the message says what to change.
 */
public class ImportRefused extends RuntimeException {

  public ImportRefused(String message) {
    super(message);
  }
}
