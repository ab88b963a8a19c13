package org.chainbreaker.risk.webhook;

/** Where a webhook delivery stands. */
public enum DeliveryStatus {
  /** Not yet accepted by the endpoint; the dispatcher sends it when due (again after a failed attempt). */
  PENDING,
  /** The endpoint answered an attempt with a 2xx status. */
  DELIVERED,
  /** Every attempt of its round failed; kept, and sent again only when an operator retries it. */
  FAILED
}
