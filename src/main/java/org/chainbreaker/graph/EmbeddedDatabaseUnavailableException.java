package org.chainbreaker.graph;

/** The embedded database could not start for a reason the operator can fix (store locked, port taken). */
public class EmbeddedDatabaseUnavailableException extends RuntimeException {

  private final String action;

  EmbeddedDatabaseUnavailableException(String description, String action) {
    super(description);
    this.action = action;
  }

  /** What the operator should do about it. */
  public String action() {
    return action;
  }
}
