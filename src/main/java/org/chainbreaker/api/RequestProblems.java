package org.chainbreaker.api;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Requests refused before any controller sees them — a content type no endpoint at that path takes, a multipart body
 * that cannot be parsed — answered as RFC 9457 problem details saying what is accepted, instead of the server's
 * default error body. (A controller's own handlers for these exceptions, where it has any, come first.)
 */
@RestControllerAdvice
class RequestProblems {

  private static final Logger log = LoggerFactory.getLogger(RequestProblems.class);

  @ExceptionHandler
  ProblemDetail unsupported(HttpMediaTypeNotSupportedException e) {
    List<String> accepted = e.getSupportedMediaTypes().stream().map(MediaType::toString).distinct().toList();
    String given = e.getContentType() == null ? "A request without a Content-Type"
        : "Content type '" + e.getContentType().getType() + "/" + e.getContentType().getSubtype() + "'";
    return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type", given + " is not accepted "
        + "here; send one of: " + String.join(", ", accepted), Map.of("accepted", accepted));
  }

  @ExceptionHandler
  ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
    return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Upload too large", "The multipart upload is larger than this "
        + "service takes; post the file as the request body (text/csv or application/x-ndjson) instead", Map.of());
  }

  @ExceptionHandler
  ProblemDetail malformedMultipart(MultipartException e) {
    log.info("Malformed multipart request refused: {}", e.getMessage());
    return Problems.of(HttpStatus.BAD_REQUEST, "Malformed multipart body", "The multipart/form-data body cannot be "
        + "read (a boundary in the Content-Type, each part with its headers, and the closing boundary are needed): "
        + "send the files as parts named 'file'", Map.of());
  }
}
