package org.chainbreaker.api;

import org.chainbreaker.graph.RequestDeadline;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Test-only GraphQL fields (schema in src/test/resources/graphql/probe/) reporting the request deadline each kind of
 * controller method runs under; present only in an instance started with {@code --deadline-probe=on}.
 */
final class DeadlineProbes {

  private DeadlineProbes() {}

  private static Integer limitMs() {
    return RequestDeadline.current().map(deadline -> (int) deadline.limit().toMillis()).orElse(null);
  }

  /** A method run on the request thread. */
  @Controller
  @ConditionalOnProperty("deadline-probe")
  static class InlineProbe {
    @QueryMapping
    Integer requestLimitMs() {
      return limitMs();
    }
  }

  /** A method run on the controller pool. */
  @Controller
  @LongRunning
  @ConditionalOnProperty("deadline-probe")
  static class LongRunningProbe {
    @QueryMapping
    Integer longRunningRequestLimitMs() {
      return limitMs();
    }
  }
}
