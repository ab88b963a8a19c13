package org.chainbreaker.risk.webhook;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The record of one alert's delivery to one case-system endpoint.
 *
 * @param id the delivery id, also sent as the {@code X-Chainbreaker-Delivery} and {@code Idempotency-Key} headers
 * @param alertId the alert delivered
 * @param endpoint the endpoint's configured name
 * @param status where it stands
 * @param attempts attempts made so far, over the delivery's life (operator retries included)
 * @param retries how often an operator sent it again after it had FAILED
 * @param createdAt when the alert was recorded for delivery
 * @param nextAttemptAt when the dispatcher sends it next (PENDING only)
 * @param lastAttemptAt when the last attempt was sent
 * @param lastStatusCode the HTTP status of the last answer (null: no answer, e.g. a timeout)
 * @param lastError why the last attempt failed (null after a success)
 * @param deliveredAt when the endpoint accepted it (DELIVERED only)
 * @param history every attempt, oldest first
 */
public record WebhookDelivery(String id, String alertId, String endpoint, DeliveryStatus status, int attempts,
    int retries, OffsetDateTime createdAt, OffsetDateTime nextAttemptAt, OffsetDateTime lastAttemptAt,
    Integer lastStatusCode, String lastError, OffsetDateTime deliveredAt, List<Attempt> history) {

  public WebhookDelivery {
    history = List.copyOf(history);
  }

  /**
   * One POST of the delivery.
   *
   * @param number the attempt's number over the delivery's life, from 1
   * @param at when it was sent
   * @param url where it was sent
   * @param statusCode the HTTP status answered (null: no answer)
   * @param error why it failed (null: it succeeded)
   * @param durationMs how long it took until the answer or the failure
   */
  public record Attempt(int number, OffsetDateTime at, String url, Integer statusCode, String error,
      long durationMs) {}
}
