package org.chainbreaker.export;

import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.types.Relationship;

/**
 * An edge of a case package: relationship type, the entity ids it goes from and to, and its typed properties. The id
 * is the database's element id, stable for as long as the relationship exists.
 */
public record PackageEdge(String id, String type, String source, String target, Map<String, Object> properties) {

  /** Converts a driver relationship, given the entity ids of the nodes by their element ids. */
  static PackageEdge from(Relationship relationship, Map<String, String> idsByElement) {
    return new PackageEdge(relationship.elementId(), relationship.type(),
        idsByElement.get(relationship.startNodeElementId()), idsByElement.get(relationship.endNodeElementId()),
        new TreeMap<>(relationship.asMap()));
  }
}
