package org.chainbreaker.risk.webhook;

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
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("Unknown webhook delivery");
    problem.setProperty("id", e.id());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail unknownAlert(UnknownAlertException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("Unknown alert");
    problem.setProperty("alertId", e.id());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail notRetriable(DeliveryNotRetriableException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Delivery not retriable");
    problem.setProperty("id", e.id());
    problem.setProperty("status", e.status().name());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail unexpected(RuntimeException e) {
    log.error("Webhook delivery request failed", e);
    return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error; it has been logged");
  }
}
