package org.chainbreaker.graph;

import java.util.Optional;
import org.neo4j.driver.exceptions.ClientException;

/**
 * The Neo4j server lacks the Graph Data Science library (GDS) that an analysis needs: the embedded database has it
 * registered at start, an external server needs the GDS plugin installed (and {@code gds.*} procedures allowed).
 */
public class GraphDataScienceUnavailableException extends RuntimeException {

  GraphDataScienceUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The failure as a missing-GDS error when the server did not know a {@code gds.*} procedure or function. */
  public static Optional<GraphDataScienceUnavailableException> from(ClientException failure) {
    String code = String.valueOf(failure.code());
    String message = String.valueOf(failure.getMessage());
    boolean unknown = code.contains("ProcedureNotFound") || message.contains("no procedure with the name")
        || message.contains("Unknown function");
    if (!unknown || !message.contains("gds.")) {
      return Optional.empty();
    }
    return Optional.of(new GraphDataScienceUnavailableException("The Neo4j server has no Graph Data Science library "
        + "(GDS): this analysis needs the GDS plugin (2.13 for Neo4j 5.26) installed on the server and "
        + "dbms.security.procedures.unrestricted=gds.* set", failure));
  }
}
