package org.chainbreaker.export;

import java.util.Map;
import org.chainbreaker.api.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Export errors as RFC 9457 problem details: 404 naming the unknown ids, 400 naming the parameter, and a generic 500
 * (stack trace only in the log) for the rest. Clients never see a stack trace.
 */
@RestControllerAdvice(assignableTypes = ExportController.class)
class ExportErrors {

  private static final Logger log = LoggerFactory.getLogger(ExportErrors.class);

  @ExceptionHandler
  ProblemDetail unknown(UnknownEntityException e) {
    return Problems.of(HttpStatus.NOT_FOUND, "Unknown entity", e.getMessage(), Map.of("ids", e.ids()));
  }

  @ExceptionHandler
  ProblemDetail invalid(InvalidExportRequestException e) {
    return badRequest(e.getMessage(), e.parameter());
  }

  @ExceptionHandler
  ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
    return badRequest("Invalid parameter '" + e.getName() + "': not a " + e.getRequiredType().getSimpleName()
        + ", was '" + e.getValue() + "'", e.getName());
  }

  @ExceptionHandler
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    return badRequest("Invalid request body: expected JSON {\"ids\": [\"Person/P000123\", ...], \"title\": ..., "
        + "\"format\": \"json|graphml|i2\"}", "body");
  }

  @ExceptionHandler
  ProblemDetail unexpected(RuntimeException e) {
    return Problems.unexpected(log, "Export failed", e);
  }

  private static ProblemDetail badRequest(String message, String parameter) {
    return Problems.of(HttpStatus.BAD_REQUEST, "Invalid parameter", message, Map.of("parameter", parameter));
  }
}
