package org.chainbreaker.risk.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

class WebhookPropertiesTests {

  static WebhookProperties bind(Map<String, String> properties) {
    LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
    validator.afterPropertiesSet();
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("chainbreaker.risk.webhooks", Bindable.of(WebhookProperties.class),
            new ValidationBindHandler(validator));
  }

  @Test
  void defaultsSendNothingAndRetryForAboutAnHour() {
    WebhookProperties defaults = bind(Map.of());
    assertThat(defaults.endpoints()).isEmpty();
    assertThat(defaults.maxAttempts()).isEqualTo(10);
    assertThat(defaults.initialBackoff()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.maxBackoff()).isEqualTo(Duration.ofHours(1));
    assertThat(defaults.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.dispatchInterval()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void endpointsBindWithSecretAndAuthorization() {
    WebhookProperties properties = bind(Map.of(
        "chainbreaker.risk.webhooks.endpoints[0].name", "case-a",
        "chainbreaker.risk.webhooks.endpoints[0].url", "https://cases.example/alerts",
        "chainbreaker.risk.webhooks.endpoints[0].secret", "s3cret",
        "chainbreaker.risk.webhooks.endpoints[0].authorization", "Bearer abc"));
    WebhookProperties.Endpoint endpoint = properties.endpoint("case-a").orElseThrow();
    assertThat(endpoint.url()).hasToString("https://cases.example/alerts");
    assertThat(endpoint.signed()).isTrue();
    assertThat(endpoint.toString()).as("no secret in logs").doesNotContain("s3cret").doesNotContain("abc");
  }

  @Test
  void anEndpointWithoutUrlIsRefused() {
    assertThatThrownBy(() -> bind(Map.of("chainbreaker.risk.webhooks.endpoints[0].name", "case-a")))
        .isInstanceOf(BindException.class).hasStackTraceContaining("url");
  }

  @Test
  void aNonHttpUrlIsRefused() {
    assertThatThrownBy(() -> bind(Map.of("chainbreaker.risk.webhooks.endpoints[0].name", "case-a",
        "chainbreaker.risk.webhooks.endpoints[0].url", "ftp://cases.example/")))
        .isInstanceOf(BindException.class).hasStackTraceContaining("must be http or https");
  }

  @Test
  void twoEndpointsWithOneNameAreRefused() {
    assertThatThrownBy(() -> bind(Map.of(
        "chainbreaker.risk.webhooks.endpoints[0].name", "case-a",
        "chainbreaker.risk.webhooks.endpoints[0].url", "http://a.example/",
        "chainbreaker.risk.webhooks.endpoints[1].name", "case-a",
        "chainbreaker.risk.webhooks.endpoints[1].url", "http://b.example/")))
        .isInstanceOf(BindException.class).hasStackTraceContaining("used twice");
  }

  @Test
  void zeroAttemptsAndABackoffCapBelowTheStartAreRefused() {
    assertThatThrownBy(() -> bind(Map.of("chainbreaker.risk.webhooks.max-attempts", "0")))
        .isInstanceOf(BindException.class);
    assertThatThrownBy(() -> bind(Map.of("chainbreaker.risk.webhooks.initial-backoff", "1m",
        "chainbreaker.risk.webhooks.max-backoff", "10s")))
        .isInstanceOf(BindException.class).hasStackTraceContaining("shorter than initial-backoff");
  }
}
