package org.chainbreaker.risk;

/** No alert has the id asked for (the alert desk's and the webhook deliveries' one error for it). */
public class UnknownAlertException extends RuntimeException {

  private final String id;

  /** An alert id nothing in the graph answers to. */
  public UnknownAlertException(String id) {
    super("No alert '" + id + "'; alert ids look like Alert/SF000000000001");
    this.id = id;
  }

  /** The alert id asked for. */
  public String id() {
    return id;
  }
}
