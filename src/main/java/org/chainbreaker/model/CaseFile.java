package org.chainbreaker.model;

import org.neo4j.driver.types.MapAccessor;

/** A criminal case ({@code :Case} node; named CaseFile because {@code case} is a Java keyword). */
public record CaseFile(String number, String title, String status, String agency, String openedAt) {

  /** Reads a {@code :Case} node. */
  public static CaseFile from(MapAccessor node) {
    return new CaseFile(Values.string(node, "number"), Values.string(node, "title"), Values.string(node, "status"),
        Values.string(node, "agency"), Values.instant(node, "openedAt"));
  }
}
