package org.chainbreaker.risk.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.chainbreaker.risk.AlertRaised;
import org.junit.jupiter.api.Test;

class WebhookOutboxTests {

  static final AlertRaised ALERT = new AlertRaised("AL-1", "SF1", 6, 5, List.of(), OffsetDateTime.now());

  static WebhookProperties endpoints(List<WebhookProperties.Endpoint> endpoints) {
    return new WebhookProperties(endpoints, 10, Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofSeconds(10),
        Duration.ofSeconds(5), 8);
  }

  @Test
  void withoutEndpointsAnAlertIsNeitherRecordedNorAnnounced() {
    List<Object> published = new ArrayList<>();
    WebhookOutbox outbox = new WebhookOutbox(endpoints(List.of()), published::add);

    // no transaction at all: with no endpoint configured the outbox must not write
    outbox.record(null, List.of(ALERT));
    outbox.alertRaised(ALERT);

    assertThat(published).isEmpty();
  }

  @Test
  void aCommittedAlertWakesTheDispatcherForEachEndpoint() {
    List<Object> published = new ArrayList<>();
    WebhookOutbox outbox = new WebhookOutbox(endpoints(List.of(
        new WebhookProperties.Endpoint("case-a", URI.create("http://127.0.0.1:1/a"), null, null),
        new WebhookProperties.Endpoint("case-b", URI.create("http://127.0.0.1:1/b"), null, null))),
        published::add);

    outbox.alertRaised(ALERT);

    assertThat(published).singleElement().isInstanceOf(DeliveriesRecorded.class);
  }
}
