package org.chainbreaker.export;

import java.time.Instant;
import java.util.List;

/**
 * A case package handed to a case system: its subject, when it was made, and the subgraph (nodes with their typed
 * properties, and every relationship between two of them). Written as JSON, GraphML or i2 CSV by {@link PackageFormat}.
 */
public record CasePackage(PackageSubject subject, Instant generatedAt, List<PackageNode> nodes,
    List<PackageEdge> edges) {

  /** The format name in the JSON package, and the version of its schema (case-package-v1.schema.json). */
  static final String FORMAT = "chainbreaker-case-package";
  static final int VERSION = 1;
}
