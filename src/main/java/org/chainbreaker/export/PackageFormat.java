package org.chainbreaker.export;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a case package is written in, with the media type and file extension of each. */
enum PackageFormat {
  /** The versioned JSON package (schema: export/case-package-v1.schema.json). */
  JSON("application/json", "json"),
  /** GraphML for Gephi, Cytoscape, yEd. */
  GRAPHML("application/graphml+xml", "graphml"),
  /** i2 Analyst's Notebook: entities.csv and links.csv in a zip. */
  I2("application/zip", "i2.zip");

  private final String mediaType;
  private final String extension;

  PackageFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** The format by name (json, graphml, i2), case-insensitive; a bad name is an error naming the parameter. */
  static PackageFormat named(String name, String parameter) {
    return Arrays.stream(values()).filter(format -> format.name().equalsIgnoreCase(name == null ? "" : name.strip()))
        .findFirst()
        .orElseThrow(() -> new InvalidExportRequestException(parameter, "expected one of " + names() + ", was '"
            + name + "'"));
  }

  static String names() {
    return Arrays.stream(values()).map(format -> format.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  String mediaType() {
    return mediaType;
  }

  /** A file name for the package: {@code case-package-gang-G001.graphml}. */
  String fileName(PackageSubject subject) {
    String key = subject.id() == null ? "" : "-" + subject.id().substring(subject.id().indexOf('/') + 1);
    return ("case-package-" + subject.kind() + key).replaceAll("[^\\p{L}\\p{N}._-]", "_") + "." + extension;
  }

  void write(CasePackage pack, OutputStream out) {
    switch (this) {
      case JSON -> CasePackageJson.write(pack, out);
      case GRAPHML -> CasePackageGraphMl.write(pack, out);
      case I2 -> CasePackageI2.write(pack, out);
    }
  }
}
