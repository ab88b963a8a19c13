package org.chainbreaker.risk.webhook;

import java.time.Duration;

/**
 * When a failed delivery is tried again: exponential back-off, {@code initial x 2^(n-1)} after the n-th failed
 * attempt of a round, capped at {@code max}, of which a random half is taken off ("equal jitter": the wait lies
 * between half and all of it), so deliveries that failed together (an endpoint's outage) do not all come back at once.
 * After {@code maxAttempts} failed attempts the delivery is FAILED.
 *
 * @param maxAttempts attempts per round (the first and an operator's retry each start a round)
 * @param initial the base wait after the first failure
 * @param max the longest wait
 */
record RetryPolicy(int maxAttempts, Duration initial, Duration max) {

  static RetryPolicy of(WebhookProperties properties) {
    return new RetryPolicy(properties.maxAttempts(), properties.initialBackoff(), properties.maxBackoff());
  }

  /** Whether a round with this many failed attempts is over. */
  boolean exhausted(int failedAttempts) {
    return failedAttempts >= maxAttempts;
  }

  /** The base wait (before jitter) after the n-th failed attempt of a round (n from 1). */
  Duration baseDelay(int failedAttempts) {
    int doublings = Math.max(0, Math.min(failedAttempts - 1, 40));
    long maxMillis = max.toMillis();
    long millis = initial.toMillis();
    for (int i = 0; i < doublings && millis < maxMillis; i++) {
      millis *= 2;
    }
    return Duration.ofMillis(Math.min(millis, maxMillis));
  }

  /**
   * The wait after the n-th failed attempt: the base wait less a random part of up to half of it.
   *
   * @param random a value in [0, 1)
   */
  Duration delay(int failedAttempts, double random) {
    long base = baseDelay(failedAttempts).toMillis();
    return Duration.ofMillis(base - (long) (base / 2.0 * random));
  }

  /** The wait, at least what the endpoint asked for in a {@code Retry-After} header (still capped at max). */
  Duration delay(int failedAttempts, double random, Duration retryAfter) {
    Duration delay = delay(failedAttempts, random);
    if (retryAfter == null || retryAfter.compareTo(delay) <= 0) {
      return delay;
    }
    return retryAfter.compareTo(max) > 0 ? max : retryAfter;
  }
}
