package org.chainbreaker.risk.webhook;

import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs one delivery to its endpoint with the JDK HTTP client, asynchronously: a slow or dead endpoint ties up no
 * thread, and every POST is bounded by the request timeout. The answer (or the failure) becomes an
 * {@link AttemptResult}; nothing here throws.
 */
final class WebhookSender {

  static final String EVENT_HEADER = "X-Chainbreaker-Event";
  static final String DELIVERY_HEADER = "X-Chainbreaker-Delivery";
  static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
  static final String ATTEMPT_HEADER = "X-Chainbreaker-Attempt";
  static final String TIMESTAMP_HEADER = "X-Chainbreaker-Timestamp";
  static final String SIGNATURE_HEADER = "X-Chainbreaker-Signature";
  static final String USER_AGENT = "Chainbreaker-Webhooks/1";

  /** Longest answer body kept (in lastError) when an endpoint refuses a delivery. */
  private static final int BODY_EXCERPT = 300;

  private final HttpClient client;
  private final Duration timeout;
  private final Clock clock;

  WebhookSender(Duration timeout, Executor executor, Clock clock) {
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(timeout)
        // A redirect is not an acceptance: a POST must not silently turn into a GET elsewhere.
        .followRedirects(HttpClient.Redirect.NEVER)
        .executor(executor)
        .build();
    this.timeout = timeout;
    this.clock = clock;
  }

  /** Sends the delivery's payload; {@code attempt} is the attempt's number over the delivery's life. */
  CompletableFuture<AttemptResult> send(WebhookProperties.Endpoint endpoint, String deliveryId, String payload,
      int attempt) {
    Instant start = clock.instant();
    OffsetDateTime at = OffsetDateTime.ofInstant(start, ZoneOffset.UTC);
    String url = endpoint.url().toString();
    HttpRequest request;
    try {
      request = request(endpoint, deliveryId, payload, attempt, start.getEpochSecond());
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(new AttemptResult(at, url, null, "invalid request: " + e.getMessage(),
          0, null));
    }
    return client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        // the request timeout bounds the wait for the answer's headers; this bounds reading its body too
        .orTimeout(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS)
        .handle((response, failure) -> {
          long millis = Duration.between(start, clock.instant()).toMillis();
          if (failure != null) {
            return new AttemptResult(at, url, null, describe(failure), millis, null);
          }
          int status = response.statusCode();
          String error = status >= 200 && status < 300 ? null : refusal(response);
          return new AttemptResult(at, url, status, error, millis, retryAfter(response));
        });
  }

  private HttpRequest request(WebhookProperties.Endpoint endpoint, String deliveryId, String payload, int attempt,
      long timestamp) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint.url())
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .header("User-Agent", USER_AGENT)
        .header(EVENT_HEADER, AlertPayload.EVENT)
        .header(DELIVERY_HEADER, deliveryId)
        .header(IDEMPOTENCY_HEADER, deliveryId)
        .header(ATTEMPT_HEADER, Integer.toString(attempt))
        .header(TIMESTAMP_HEADER, Long.toString(timestamp))
        .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
    if (endpoint.signed()) {
      builder.header(SIGNATURE_HEADER, PayloadSignature.sign(endpoint.secret(), timestamp, payload));
    }
    if (endpoint.authorization() != null && !endpoint.authorization().isEmpty()) {
      builder.header("Authorization", endpoint.authorization());
    }
    return builder.build();
  }

  private String describe(Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
        : failure;
    if (cause instanceof HttpConnectTimeoutException) {
      return "could not connect within " + timeout.toMillis() + " ms";
    }
    if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
      return "no answer within " + timeout.toMillis() + " ms (timed out)";
    }
    if (cause instanceof ConnectException) {
      return "connection refused or unreachable" + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
    String message = cause.getMessage() == null ? "" : ": " + cause.getMessage();
    return cause.getClass().getSimpleName() + message;
  }

  private static String refusal(HttpResponse<String> response) {
    String body = response.body() == null ? "" : response.body().strip();
    if (body.length() > BODY_EXCERPT) {
      body = body.substring(0, BODY_EXCERPT) + "...";
    }
    String redirect = response.statusCode() >= 300 && response.statusCode() < 400 ? " (redirects are not followed)"
        : "";
    return "HTTP " + response.statusCode() + redirect + (body.isEmpty() ? "" : ": " + body);
  }

  private static Duration retryAfter(HttpResponse<?> response) {
    return response.headers().firstValue("Retry-After").flatMap(value -> {
      try {
        return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip()))));
      } catch (NumberFormatException e) {
        return Optional.empty(); // an HTTP date: the back-off decides
      }
    }).orElse(null);
  }
}
