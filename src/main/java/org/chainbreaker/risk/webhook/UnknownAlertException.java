package org.chainbreaker.risk.webhook;

/** Neither an alert nor any webhook delivery has the given alert id. */
public class UnknownAlertException extends RuntimeException {

  private final String alertId;

  public UnknownAlertException(String alertId) {
    super("No alert with id '" + alertId + "' and no webhook delivery of one");
    this.alertId = alertId;
  }

  /** The alert id asked for. */
  public String alertId() {
    return alertId;
  }
}
