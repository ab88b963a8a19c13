package org.chainbreaker.risk.webhook;

/** No webhook delivery has the given id. */
public class UnknownDeliveryException extends RuntimeException {

  private final String id;

  public UnknownDeliveryException(String id) {
    super("No webhook delivery with id '" + id + "'");
    this.id = id;
  }

  /** The id asked for. */
  public String id() {
    return id;
  }
}
