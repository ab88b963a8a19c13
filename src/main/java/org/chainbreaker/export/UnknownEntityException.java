package org.chainbreaker.export;

import java.util.List;

/** A case package was asked for entities the graph does not hold; the message names them. HTTP 404, exit code 4. */
class UnknownEntityException extends RuntimeException {

  private final List<String> ids;

  UnknownEntityException(List<String> ids) {
    super((ids.size() == 1 ? "No entity with id '" + ids.get(0) + "'" : "No entities with ids " + ids.stream()
        .map(id -> "'" + id + "'").toList()) + " in the graph");
    this.ids = List.copyOf(ids);
  }

  List<String> ids() {
    return ids;
  }
}
