package org.chainbreaker.takedown;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.chainbreaker.graph.CypherRunner;
import org.chainbreaker.graph.GraphDataScienceUnavailableException;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scope's person-to-person contact graph in the GDS graph catalogue ({@code cypher/takedown/contact-graph.cypher}),
 * under a name no other call uses, so concurrent requests never see each other's projection; closing drops it, also
 * after a failure. Every step runs in a write transaction: on a cluster the driver sends them all to the leader,
 * the one member whose catalogue holds the projection.
 */
final class ContactGraph implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ContactGraph.class);

  private final CypherRunner runner;
  private final String name;
  private int nodeCount;
  private int relationshipCount;

  private ContactGraph(CypherRunner runner) {
    this.runner = runner;
    this.name = "key-players-" + UUID.randomUUID();
  }

  /**
   * Projects the contact graph of the given persons (null: everyone); empty when they have no contact among them.
   * Whatever happens, nothing is left in the catalogue when this returns empty or throws.
   */
  static Optional<ContactGraph> project(CypherRunner runner, List<String> persons) {
    ContactGraph graph = new ContactGraph(runner);
    boolean projected = false;
    try {
      Map<String, Object> parameters = new HashMap<>();
      parameters.put("persons", persons);
      projected = graph.run("takedown/contact-graph", parameters, r -> {
        graph.nodeCount = r.get("nodeCount").asInt();
        graph.relationshipCount = r.get("relationshipCount").asInt();
        return true;
      }).size() == 1;
      return projected ? Optional.of(graph) : Optional.empty();
    } finally {
      if (!projected) {
        graph.close();
      }
    }
  }

  int nodeCount() {
    return nodeCount;
  }

  int relationshipCount() {
    return relationshipCount;
  }

  /** Runs one step (a script taking {@code $graphName}) on this projection and maps every record. */
  <T> List<T> run(String script, Map<String, Object> parameters, Function<Record, T> mapper) {
    Map<String, Object> withName = new HashMap<>(parameters);
    withName.put("graphName", name);
    try {
      return runner.write(script, withName, mapper);
    } catch (ClientException e) {
      throw GraphDataScienceUnavailableException.from(e).map(RuntimeException.class::cast).orElse(e);
    }
  }

  /** Drops the projection; a failure to drop is logged, never thrown over the answer or the original failure. */
  @Override
  public void close() {
    try {
      runner.release("takedown/drop-graph", Map.of("graphName", name));
    } catch (RuntimeException e) {
      log.warn("Could not drop the GDS projection {}: {}", name, e.getMessage());
    }
  }
}
