package org.chainbreaker.risk.webhook;

/** An operator asked to send a delivery again that cannot be: it has not FAILED, or its endpoint is gone. */
public class DeliveryNotRetriableException extends RuntimeException {

  private final String id;
  private final DeliveryStatus status;

  public DeliveryNotRetriableException(String id, DeliveryStatus status, String reason) {
    super("Webhook delivery '" + id + "' cannot be retried: " + reason);
    this.id = id;
    this.status = status;
  }

  /** The delivery's id. */
  public String id() {
    return id;
  }

  /** The delivery's status, unchanged. */
  public DeliveryStatus status() {
    return status;
  }
}
