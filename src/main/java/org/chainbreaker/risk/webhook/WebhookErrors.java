package org.chainbreaker.risk.webhook;

import java.util.Map;
import org.chainbreaker.api.Problems;
import org.chainbreaker.risk.UnknownAlertException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Webhook delivery errors as RFC 9457 problem details: 404 naming the unknown id, 409 for a retry of a delivery that
 * has not FAILED, a generic 500 (stack trace only in the log) for the rest.
 */
@RestControllerAdvice(assignableTypes = WebhookDeliveryController.class)
class WebhookErrors {

  private static final Logger log = LoggerFactory.getLogger(WebhookErrors.class);

  @ExceptionHandler
  ProblemDetail unknownDelivery(UnknownDeliveryException e) {
    return Problems.of(HttpStatus.NOT_FOUND, "Unknown webhook delivery", e.getMessage(), Map.of("id", e.id()));
  }

  @ExceptionHandler
  ProblemDetail unknownAlert(UnknownAlertException e) {
    return Problems.of(HttpStatus.NOT_FOUND, "Unknown alert", e.getMessage(), Map.of("alertId", e.id()));
  }

  @ExceptionHandler
  ProblemDetail notRetriable(DeliveryNotRetriableException e) {
    return Problems.of(HttpStatus.CONFLICT, "Delivery not retriable", e.getMessage(),
        // "status" is RFC 9457's HTTP status (409): the delivery's own status needs a name of its own
        Map.of("id", e.id(), "deliveryStatus", e.status().name()));
  }

  @ExceptionHandler
  ProblemDetail unexpected(RuntimeException e) {
    return Problems.unexpected(log, "Webhook delivery request failed", e);
  }
}
