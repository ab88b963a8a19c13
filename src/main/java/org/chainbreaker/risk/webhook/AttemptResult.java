package org.chainbreaker.risk.webhook;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * What one POST of a delivery came to.
 *
 * @param at when it was sent
 * @param url where it was sent
 * @param statusCode the HTTP status answered (null: no answer)
 * @param error why it failed (null when it succeeded)
 * @param durationMs time until the answer or the failure
 * @param retryAfter how long the endpoint asked to wait ({@code Retry-After}, in seconds), if it did
 */
record AttemptResult(OffsetDateTime at, String url, Integer statusCode, String error, long durationMs,
    Duration retryAfter) {

  /** Whether the endpoint accepted the delivery (a 2xx answer). */
  boolean succeeded() {
    return statusCode != null && statusCode >= 200 && statusCode < 300;
  }
}
