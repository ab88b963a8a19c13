package org.chainbreaker.risk;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * New alerts as a stream for GraphQL subscriptions: every {@link AlertRaised} (published after its transaction
 * committed) goes to every subscriber connected at that moment. A slow subscriber misses alerts rather than holding
 * up scoring; what it missed is in the {@code alerts} query.
 */
@Component
class AlertFeed {

  private final Sinks.Many<AlertRaised> sink = Sinks.many().multicast().directBestEffort();

  @EventListener
  void raised(AlertRaised alert) {
    // Scoring runs on one thread, so emissions never race; a failure (no subscriber) drops the alert for the feed only.
    sink.tryEmitNext(alert);
  }

  /** Alerts raised from now on. */
  Flux<AlertRaised> alerts() {
    return sink.asFlux();
  }
}
