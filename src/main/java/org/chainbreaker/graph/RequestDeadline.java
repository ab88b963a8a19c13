package org.chainbreaker.graph;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The moment by which the request a thread is serving must be answered, and the limit it came from. Every query
 * {@link CypherRunner} starts for that request gets no more time than is left, so a request never outlives its limit
 * waiting on the database. Set by the API layer for the duration of each GraphQL field (through Micrometer context
 * propagation, which restores it on whichever thread runs the field); absent for commands and start-up work, which
 * get the configured query timeout alone.
 */
public record RequestDeadline(Instant at, Duration limit) {

  private static final ThreadLocal<RequestDeadline> CURRENT = new ThreadLocal<>();

  /** A deadline {@code limit} from now. */
  public static RequestDeadline startingNow(Duration limit) {
    return new RequestDeadline(Instant.now().plus(limit), limit);
  }

  /** The deadline of the request the current thread serves, if it serves one. */
  public static Optional<RequestDeadline> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** Makes {@code deadline} the current thread's deadline (for context propagation). */
  public static void set(RequestDeadline deadline) {
    CURRENT.set(deadline);
  }

  /** Removes the current thread's deadline (for context propagation). */
  public static void clear() {
    CURRENT.remove();
  }

  /** Time left until the deadline; zero or negative once it has passed. */
  public Duration remaining() {
    return Duration.between(Instant.now(), at);
  }
}
