package org.chainbreaker.risk.webhook;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Webhook delivery of new alerts to case systems. No endpoint configured: nothing is recorded or sent.
 *
 * @param endpoints the case systems every new alert is posted to; default none
 * @param maxAttempts attempts per delivery before it is marked FAILED (an operator may retry it); default 10
 * @param initialBackoff wait after the first failed attempt, doubled after each further one (with jitter); default 10s
 * @param maxBackoff the longest wait between two attempts; default 1h
 * @param requestTimeout how long one POST may take (connect, send, answer) before it counts as failed; default 10s
 * @param dispatchInterval how often the dispatcher looks for due deliveries nothing announced (left by a stopped
 *     instance, expired leases); new alerts, retries and the end of a back-off wake it at once; default 5s
 * @param maxInFlightPerEndpoint most POSTs under way to one endpoint at a time; default 8
 */
@Validated
@ConfigurationProperties("chainbreaker.risk.webhooks")
public record WebhookProperties(
    @DefaultValue List<@Valid Endpoint> endpoints,
    @Min(1) @Max(100) @DefaultValue("10") int maxAttempts,
    @DurationMin(millis = 1) @DefaultValue("10s") Duration initialBackoff,
    @DurationMin(millis = 1) @DefaultValue("1h") Duration maxBackoff,
    @DurationMin(millis = 1) @DefaultValue("10s") Duration requestTimeout,
    @DurationMin(millis = 1) @DefaultValue("5s") Duration dispatchInterval,
    @Min(1) @Max(1000) @DefaultValue("8") int maxInFlightPerEndpoint) {

  public WebhookProperties {
    endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
    Set<String> names = new HashSet<>();
    for (Endpoint endpoint : endpoints) {
      if (endpoint != null && !names.add(endpoint.name())) {
        throw new IllegalArgumentException("chainbreaker.risk.webhooks.endpoints: the name '" + endpoint.name()
            + "' is used twice; each endpoint needs its own name (deliveries are recorded under it)");
      }
    }
    if (initialBackoff != null && maxBackoff != null && maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("chainbreaker.risk.webhooks.max-backoff (" + maxBackoff
          + ") is shorter than initial-backoff (" + initialBackoff + ")");
    }
  }

  /** The configured endpoint of that name, if any. */
  public Optional<Endpoint> endpoint(String name) {
    return endpoints.stream().filter(endpoint -> endpoint.name().equals(name)).findFirst();
  }

  /**
   * One case system.
   *
   * @param name a short stable name, recorded on each delivery (letters, digits, '.', '_', '-')
   * @param url where alerts are POSTed, http or https
   * @param secret optional: the key of the {@code X-Chainbreaker-Signature} HMAC-SHA256 header; unset, no signature
   * @param authorization optional: the value of an {@code Authorization} header sent with every POST (e.g.
   *     {@code Bearer ...})
   */
  public record Endpoint(
      @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String name,
      @NotNull URI url,
      String secret,
      String authorization) {

    public Endpoint {
      if (url != null && !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
        throw new IllegalArgumentException("chainbreaker.risk.webhooks.endpoints: the url of '" + name
            + "' must be http or https, was " + url);
      }
    }

    /** Whether POSTs to this endpoint are signed. */
    public boolean signed() {
      return secret != null && !secret.isEmpty();
    }

    @Override
    public String toString() {
      // Never log the secret or the credentials.
      return "Endpoint[name=" + name + ", url=" + url + ", signed=" + signed() + ", authorization="
          + (authorization == null || authorization.isEmpty() ? "none" : "set") + "]";
    }
  }
}
