package org.chainbreaker.api;

import java.util.Map;
import org.slf4j.Logger;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details as the service's plain HTTP endpoints answer errors (export, webhook deliveries): a
 * status, a title, the message, and the ids or parameters it is about. Clients never see a stack trace.
 */
public final class Problems {

  private Problems() {}

  /** A problem with its status, title and detail, and properties naming what it is about. */
  public static ProblemDetail of(HttpStatus status, String title, String detail, Map<String, ?> properties) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    properties.forEach(problem::setProperty);
    return problem;
  }

  /** The answer to an error nobody expected: its stack trace goes to the log, the client gets a generic 500. */
  public static ProblemDetail unexpected(Logger log, String what, RuntimeException e) {
    log.error(what, e);
    return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error; it has been logged");
  }
}
