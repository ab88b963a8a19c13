package org.chainbreaker.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.stereotype.Component;

/**
 * The one place the service runs Cypher: scripts from {@code cypher/} by name, every value a parameter, each call
 * one driver transaction function (retried on transient cluster errors) with the configured timeout, or less when
 * the request being served has less time left ({@link RequestDeadline}). Sessions share the driver's bookmark manager,
 * so a read issued after a write sees it on a cluster too.
 */
@Component
public class CypherRunner {

  /** {@code IN TRANSACTIONS} (or {@code IN n CONCURRENT TRANSACTIONS}) closing a {@code CALL} subquery. */
  private static final Pattern BATCHED = Pattern.compile("(?i)}\\s*IN\\s+(?:\\d+\\s+CONCURRENT\\s+)?TRANSACTIONS\\b");

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
    return bounded(config -> {
      try (Session session = session()) {
        return session.executeRead(tx -> tx.run(query).list(mapper::apply), config);
      }
    });
  }

  /**
   * Runs the text of an analyst's script file (not one of the service's own) in a read transaction: the database
   * refuses any write in it, and the configured timeout applies.
   */
  public <T> List<T> readText(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
    @SuppressWarnings("unchecked")
    Query query = new Query(cypher, (Map<String, Object>) parameters);
    return bounded(config -> {
      try (Session session = session()) {
        return session.executeRead(tx -> tx.run(query).list(mapper::apply), config);
      }
    });
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
    return bounded(config -> {
      try (Session session = session()) {
        return session.executeWrite(tx -> tx.run(query).list(mapper::apply), config);
      }
    });
  }

  /** Runs a write script in one transaction (all or nothing) and returns its summary (counters). */
  public ResultSummary write(String script, Map<String, ?> parameters) {
    Query query = query(script, parameters);
    return bounded(config -> {
      try (Session session = session()) {
        return session.executeWrite(tx -> tx.run(query).consume(), config);
      }
    });
  }

  /**
   * Runs a write script that releases what earlier steps took (drops a GDS projection): it always gets the configured
   * query timeout, also after the request's deadline has passed, since leaving it undone would hold server memory.
   */
  public ResultSummary release(String script, Map<String, ?> parameters) {
    Query query = query(script, parameters);
    try (Session session = session()) {
      return session.executeWrite(tx -> tx.run(query).consume(),
          TransactionConfig.builder().withTimeout(properties.queryTimeout()).build());
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
    return bounded(config -> {
      try (Session session = session()) {
        return session.executeWrite(tx -> work.apply(new ScriptTransaction(tx, scripts)), config);
      }
    });
  }

  /**
   * Runs each statement of a multi-statement script in its own write transaction (schema statements cannot share
   * a transaction with data writes), in file order. A statement that commits in batches itself ({@code CALL { … } IN
   * TRANSACTIONS}, e.g. a data migration) runs as an auto-commit query, the only kind of transaction it may run in.
   * No query timeout: a migration runs once and must finish (a data migration over millions of nodes takes minutes).
   */
  public void writeEach(String script) {
    writeEach(script, Map.of());
  }

  /** {@link #writeEach(String)} with parameters, given to every statement. */
  public void writeEach(String script, Map<String, ?> parameters) {
    TransactionConfig config = TransactionConfig.empty();
    Map<String, Object> values = values(parameters);
    try (Session session = session()) {
      for (String statement : scripts.statements(script)) {
        if (BATCHED.matcher(statement).find()) {
          session.run(new Query(statement, values), config).consume();
        } else {
          session.executeWrite(tx -> tx.run(new Query(statement, values)).consume(), config);
        }
      }
    }
  }

  private Query query(String script, Map<String, ?> parameters) {
    return new Query(scripts.text(script), values(parameters));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> values(Map<String, ?> parameters) {
    return (Map<String, Object>) parameters;
  }

  private Session session() {
    SessionConfig.Builder config = SessionConfig.builder()
        .withBookmarkManager(driver.executableQueryBookmarkManager());
    if (!properties.database().isBlank()) {
      config.withDatabase(properties.database());
    }
    return driver.session(config.build());
  }

  /**
   * Runs one transaction with the configured query timeout, or less when the request being served has less time left
   * (then a timeout is reported as the request's deadline passing).
   */
  private <T> T bounded(Function<TransactionConfig, T> transaction) {
    Duration timeout = properties.queryTimeout();
    Optional<RequestDeadline> deadline = RequestDeadline.current();
    Duration left = deadline.map(RequestDeadline::remaining).orElse(timeout);
    if (left.compareTo(timeout) >= 0) {
      return transaction.apply(TransactionConfig.builder().withTimeout(timeout).build());
    }
    if (left.toMillis() < 1) {
      throw new RequestDeadlineExceededException(deadline.get(), null);
    }
    try {
      return transaction.apply(TransactionConfig.builder().withTimeout(Duration.ofMillis(left.toMillis())).build());
    } catch (ClientException e) {
      if (e.code() != null && e.code().contains("TransactionTimedOut")) {
        throw new RequestDeadlineExceededException(deadline.get(), e);
      }
      throw e;
    }
  }
}
