package org.chainbreaker.risk.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RetryPolicyTests {

  final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(10), Duration.ofMinutes(1));

  @ParameterizedTest(name = "after failed attempt {0} the base wait is {1} s")
  @CsvSource({"1, 10", "2, 20", "3, 40", "4, 60", "5, 60", "60, 60"})
  void baseWaitDoublesUpToTheMaximum(int failedAttempts, long seconds) {
    assertThat(policy.baseDelay(failedAttempts)).isEqualTo(Duration.ofSeconds(seconds));
  }

  @Test
  void jitterTakesOffAtMostHalfOfTheBaseWait() {
    assertThat(policy.delay(2, 0.0)).as("no jitter: the whole base wait").isEqualTo(Duration.ofSeconds(20));
    assertThat(policy.delay(2, 0.5)).isEqualTo(Duration.ofSeconds(15));
    assertThat(policy.delay(2, 0.999_999)).as("never below half").isGreaterThanOrEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void retryAfterLengthensTheWaitButNotBeyondTheMaximum() {
    assertThat(policy.delay(1, 0.0, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.delay(1, 0.0, Duration.ofSeconds(2))).as("shorter than the back-off: ignored")
        .isEqualTo(Duration.ofSeconds(10));
    assertThat(policy.delay(1, 0.0, Duration.ofHours(2))).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void roundIsOverAfterMaxAttempts() {
    assertThat(policy.exhausted(4)).isFalse();
    assertThat(policy.exhausted(5)).isTrue();
  }

  @Test
  void hugeAttemptCountsDoNotOverflow() {
    RetryPolicy longWaits = new RetryPolicy(100, Duration.ofMillis(1), Duration.ofDays(365));
    assertThat(longWaits.baseDelay(100)).isEqualTo(Duration.ofDays(365));
  }
}
