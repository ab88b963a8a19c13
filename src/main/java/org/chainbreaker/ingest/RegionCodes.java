package org.chainbreaker.ingest;

import java.util.Set;
import java.util.stream.Collectors;
import org.chainbreaker.graph.RegionCatalogue;

/** The region codes an address may name: the shipped catalogue (the graph merges the same file at every start). */
final class RegionCodes {

  private static volatile Set<String> codes;

  private RegionCodes() {}

  /** The codes, read once per process. */
  static Set<String> catalogue() {
    Set<String> known = codes;
    if (known == null) {
      known = RegionCatalogue.rows().stream().map(row -> (String) row.get("code")).collect(Collectors.toUnmodifiableSet());
      codes = known;
    }
    return known;
  }
}
