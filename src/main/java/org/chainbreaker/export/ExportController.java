package org.chainbreaker.export;

import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Case packages over HTTP for case systems: {@code GET /export/{subject}/{id}?format=json|graphml|i2} around a case,
 * gang, person, seizure or shipment; {@code POST /export/selection} with entity ids (a trace's or arrest plan's
 * nodes); {@code GET /export/schema/case-package-v1.json}, the JSON package's schema.
 */
@RestController
class ExportController {

  private final CasePackages packages;

  ExportController(CasePackages packages) {
    this.packages = packages;
  }

  /** The body of {@code POST /export/selection}: the entity ids, and optionally a title and the format. */
  record SelectionRequest(List<String> ids, String title, String format) {}

  @GetMapping("/export/{subject}/{id}")
  ResponseEntity<StreamingResponseBody> subject(@PathVariable String subject, @PathVariable String id,
      @RequestParam(defaultValue = "json") String format, @RequestParam(required = false) Integer limit) {
    SubjectKind kind = SubjectKind.named(subject).orElseThrow(() -> new InvalidExportRequestException("subject",
        "expected one of " + SubjectKind.names() + ", was '" + subject + "'"));
    PackageFormat packageFormat = PackageFormat.named(format, "format");
    return download(packages.around(kind, id, limit), packageFormat);
  }

  @PostMapping(path = "/export/selection", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<StreamingResponseBody> selection(@RequestBody SelectionRequest request,
      @RequestParam(required = false) String format) {
    String formatName = format != null ? format : request.format() != null ? request.format() : "json";
    PackageFormat packageFormat = PackageFormat.named(formatName, "format");
    return download(packages.selection(request.ids(), request.title()), packageFormat);
  }

  @GetMapping(path = "/export/schema/case-package-v1.json", produces = "application/schema+json")
  Resource schema() {
    return new ClassPathResource(CasePackageJson.SCHEMA_RESOURCE);
  }

  private static ResponseEntity<StreamingResponseBody> download(CasePackage pack, PackageFormat format) {
    ContentDisposition disposition = ContentDisposition.attachment().filename(format.fileName(pack.subject())).build();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(format.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .body(out -> format.write(pack, out));
  }
}
