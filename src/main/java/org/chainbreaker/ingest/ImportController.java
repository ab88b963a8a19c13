package org.chainbreaker.ingest;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.chainbreaker.api.InvalidArgumentException;
import org.chainbreaker.api.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The HTTP endpoint case systems post batches to: {@code POST /import/{type}?source=...} with a CSV
 * ({@code text/csv}) or JSON Lines ({@code application/x-ndjson}) body, or multipart files (part {@code file},
 * repeatable); the answer is the job's report. {@code GET /import/jobs/{id}} gives a job's report again. Errors are
 * RFC 9457 problem details with a 4xx status ({@code detail}, and the same text as {@code error}, the member these
 * answers had before), never a stack trace.
 */
@RestController
@RequestMapping("/import")
class ImportController {

  private static final Logger log = LoggerFactory.getLogger(ImportController.class);

  private final ImportEngine engine;

  ImportController(ImportEngine engine) {
    this.engine = engine;
  }

  @PostMapping(path = "/{type}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ImportReport> files(@PathVariable String type, @RequestParam String source,
      @RequestParam(required = false) String format, @RequestParam("file") List<MultipartFile> files) {
    ImportType recordType = ImportType.named(type);
    String system = ImportSource.check(source, "source");
    ImportFormat given = format == null ? null : ImportFormat.named(format);
    List<ImportInput> inputs = files.stream().map(file -> {
      String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
          ? file.getName() : file.getOriginalFilename();
      ImportFormat fileFormat = given != null ? given
          : ImportFormat.ofMediaType(file.getContentType()) != null && !"application/octet-stream".equals(file.getContentType())
              ? ImportFormat.ofMediaType(file.getContentType()) : ImportFormat.ofFileName(name);
      return new ImportInput(name, fileFormat, file::getInputStream);
    }).toList();
    return answer(engine.run(recordType, system, inputs, ImportListener.NONE));
  }

  @PostMapping(path = "/{type}", consumes = {"text/csv", "application/x-ndjson", "application/jsonl",
      "application/x-jsonlines"})
  ResponseEntity<ImportReport> body(@PathVariable String type, @RequestParam String source,
      @RequestParam(required = false) String name, HttpServletRequest request) {
    ImportType recordType = ImportType.named(type);
    String system = ImportSource.check(source, "source");
    ImportFormat format = ImportFormat.ofMediaType(request.getContentType());
    String input = name == null || name.isBlank() ? "http-body" : name.strip();
    // The body is read as it arrives, row by row: a large batch is never held in memory.
    return answer(engine.run(recordType, system, List.of(new ImportInput(input, format, request::getInputStream)),
        ImportListener.NONE));
  }

  @GetMapping("/jobs/{id}")
  ResponseEntity<?> job(@PathVariable String id) {
    return engine.job(id).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> error(HttpStatus.NOT_FOUND, "No import job '" + id + "'"));
  }

  /** 200 for a job that ran; 422 when an input was unreadable part-way (the client's file); 503 when it failed. */
  private static ResponseEntity<ImportReport> answer(ImportReport report) {
    HttpStatus status = report.unreadableInput() ? HttpStatus.UNPROCESSABLE_CONTENT
        : "FAILED".equals(report.status()) ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK;
    return ResponseEntity.status(status).body(report);
  }

  @ExceptionHandler(ImportRefused.class)
  ResponseEntity<ProblemDetail> refused(ImportRefused e) {
    return error(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(InvalidArgumentException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidArgumentException e) {
    return error(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
  ResponseEntity<ProblemDetail> missing(Exception e) {
    return error(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> multipart(MultipartException e) {
    log.info("Malformed multipart import refused: {}", e.getMessage());
    return error(HttpStatus.BAD_REQUEST, "The multipart/form-data body cannot be read: send the files as parts named "
        + "'file' (a boundary in the Content-Type, each part with its headers, and the closing boundary)");
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
    log.error("Import request failed", e);
    return error(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error; it has been logged");
  }

  private static ResponseEntity<ProblemDetail> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problems.of(status, status.getReasonPhrase(), message, Map.of("error", message)));
  }
}
