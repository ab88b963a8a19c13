package org.chainbreaker.model;

import java.util.List;
import org.neo4j.driver.types.MapAccessor;

/** A person: suspect, associate or simply a sender or receiver of parcels. */
public record Person(String id, String name, List<String> aliases, PersonStatus status, String idNumber,
    String gender, Integer birthYear, String occupation) {

  /** Reads a {@code :Person} node. */
  public static Person from(MapAccessor node) {
    return new Person(Values.string(node, "id"), Values.string(node, "name"), Values.strings(node, "aliases"),
        Values.enumValue(node, "status", PersonStatus.class), Values.string(node, "idNumber"),
        Values.string(node, "gender"), Values.integer(node, "birthYear"), Values.string(node, "occupation"));
  }
}
