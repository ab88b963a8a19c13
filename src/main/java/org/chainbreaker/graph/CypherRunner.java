package org.chainbreaker.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.stereotype.Component;

/**
 * The one place the service runs Cypher: scripts from {@code cypher/} by name, every value a parameter, each call
 * one driver transaction function (retried on transient cluster errors) with the configured timeout. Sessions
 * share the driver's bookmark manager, so a read issued after a write sees it on a cluster too.
 */
@Component
public class CypherRunner {

  private final Driver driver;
  private final CypherScripts scripts;
  private final GraphProperties properties;

  CypherRunner(Driver driver, CypherScripts scripts, GraphProperties properties) {
    this.driver = driver;
    this.scripts = scripts;
    this.properties = properties;
  }

  /** A runner outside the Spring context (the packaged application's commands), over a driver the caller owns. */
  public static CypherRunner standalone(Driver driver, GraphProperties properties) {
    return new CypherRunner(driver, new CypherScripts(), properties);
  }

  /** Runs a read-only script and maps every record. */
  public <T> List<T> read(String script, Map<String, ?> parameters, Function<Record, T> mapper) {
    Query query = query(script, parameters);
    try (Session session = session()) {
      return session.executeRead(tx -> tx.run(query).list(mapper::apply), transactionConfig());
    }
  }

  /**
   * Runs the text of an analyst's script file (not one of the service's own) in a read transaction: the database
   * refuses any write in it, and the configured timeout applies.
   */
  public <T> List<T> readText(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
    @SuppressWarnings("unchecked")
    Query query = new Query(cypher, (Map<String, Object>) parameters);
    try (Session session = session()) {
      return session.executeRead(tx -> tx.run(query).list(mapper::apply), transactionConfig());
    }
  }

  /** Runs a read-only script expected to return at most one record. */
  public <T> Optional<T> readOne(String script, Map<String, ?> parameters, Function<Record, T> mapper) {
    List<T> rows = read(script, parameters, mapper);
    if (rows.size() > 1) {
      throw new IllegalStateException("cypher/" + script + ".cypher returned " + rows.size() + " rows, expected one");
    }
    return rows.stream().findFirst();
  }

  /** Runs a write script in one transaction (all or nothing) and maps every record. */
  public <T> List<T> write(String script, Map<String, ?> parameters, Function<Record, T> mapper) {
    Query query = query(script, parameters);
    try (Session session = session()) {
      return session.executeWrite(tx -> tx.run(query).list(mapper::apply), transactionConfig());
    }
  }

  /** Runs a write script in one transaction (all or nothing) and returns its summary (counters). */
  public ResultSummary write(String script, Map<String, ?> parameters) {
    Query query = query(script, parameters);
    try (Session session = session()) {
      return session.executeWrite(tx -> tx.run(query).consume(), transactionConfig());
    }
  }

  /**
   * Runs a write script in an auto-commit transaction and returns its summary: only for scripts that manage their own
   * transactions ({@code CALL { ... } IN TRANSACTIONS}, e.g. a {@code LOAD CSV} bulk load), which a transaction
   * function cannot run. Not retried, no timeout.
   */
  public ResultSummary writeAutoCommit(String script, Map<String, ?> parameters) {
    Query query = query(script, parameters);
    try (Session session = session()) {
      return session.run(query).consume();
    }
  }

  /**
   * Runs several scripts in one write transaction (all or nothing): {@code work} runs them through the
   * {@link ScriptTransaction} it is given, and may be called again if the transaction is retried.
   */
  public <T> T writeTogether(Function<ScriptTransaction, T> work) {
    try (Session session = session()) {
      return session.executeWrite(tx -> work.apply(new ScriptTransaction(tx, scripts)), transactionConfig());
    }
  }

  /**
   * Runs each statement of a multi-statement script in its own write transaction (schema statements cannot share
   * a transaction with data writes), in file order.
   */
  public void writeEach(String script) {
    try (Session session = session()) {
      for (String statement : scripts.statements(script)) {
        session.executeWrite(tx -> tx.run(statement).consume(), transactionConfig());
      }
    }
  }

  private Query query(String script, Map<String, ?> parameters) {
    @SuppressWarnings("unchecked")
    Map<String, Object> values = (Map<String, Object>) parameters;
    return new Query(scripts.text(script), values);
  }

  private Session session() {
    SessionConfig.Builder config = SessionConfig.builder()
        .withBookmarkManager(driver.executableQueryBookmarkManager());
    if (!properties.database().isBlank()) {
      config.withDatabase(properties.database());
    }
    return driver.session(config.build());
  }

  private TransactionConfig transactionConfig() {
    return TransactionConfig.builder().withTimeout(properties.queryTimeout()).build();
  }
}
