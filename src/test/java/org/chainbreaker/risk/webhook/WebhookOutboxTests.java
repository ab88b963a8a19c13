package org.chainbreaker.risk.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.chainbreaker.risk.AlertRaised;
import org.junit.jupiter.api.Test;

class WebhookOutboxTests {

  @Test
  void withoutEndpointsAnAlertIsNeitherRecordedNorAnnounced() {
    WebhookProperties none = new WebhookProperties(List.of(), 10, Duration.ofSeconds(10), Duration.ofHours(1),
        Duration.ofSeconds(10), Duration.ofSeconds(5), 8);
    List<Object> published = new ArrayList<>();
    // no database at all: with no endpoint configured the outbox must not touch it
    WebhookOutbox outbox = new WebhookOutbox(null, none, published::add);

    outbox.alertRaised(new AlertRaised("AL-1", "SF1", 6, 5, List.of(), OffsetDateTime.now()));

    assertThat(published).isEmpty();
    assertThat(outbox.recordUnrecorded()).isZero();
  }
}
