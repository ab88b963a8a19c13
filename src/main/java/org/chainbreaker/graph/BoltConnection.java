package org.chainbreaker.graph;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * A connection over Bolt to a running Neo4j (the service's embedded database or an external server) for the packaged
 * application's commands, which run without the Spring context: it owns its driver and hands out a
 * {@link CypherRunner} over it.
 */
public final class BoltConnection implements AutoCloseable {

  private final Driver driver;
  private final CypherRunner runner;

  private BoltConnection(Driver driver, GraphProperties properties) {
    this.driver = driver;
    this.runner = CypherRunner.standalone(driver, properties);
  }

  /**
   * Connects and checks the server answers, so an unreachable address fails at once (with the driver's
   * {@code ServiceUnavailableException} or {@code AuthenticationException}) instead of after the read retries.
   *
   * @param user no authentication when null or blank
   */
  public static BoltConnection open(URI uri, String user, String password, GraphProperties properties) {
    AuthToken auth = user == null || user.isBlank()
        ? AuthTokens.none()
        : AuthTokens.basic(user, password == null ? "" : password);
    // A command's output is its result: the driver's own log lines would mix into it.
    Config config = Config.builder()
        .withLogging(Logging.none())
        .withConnectionTimeout(10, TimeUnit.SECONDS)
        .withUserAgent("chainbreaker-cli")
        .build();
    Driver driver = GraphDatabase.driver(uri, auth, config);
    try {
      driver.verifyConnectivity();
    } catch (RuntimeException e) {
      driver.close();
      throw e;
    }
    return new BoltConnection(driver, properties);
  }

  /** What a command tells its user when it cannot reach, or log in to, Neo4j at {@code uri}: the cause and the remedy. */
  public static String unreachable(URI uri, Neo4jException e) {
    String remedy = e instanceof AuthenticationException
        ? "Give --user and --password (or NEO4J_USERNAME and NEO4J_PASSWORD)."
        : "The Chainbreaker service (which serves its embedded database over Bolt) must be running, "
            + "or give the address of a running Neo4j with --uri (or NEO4J_URI).";
    return "Cannot connect to Neo4j at " + uri + ": " + e.getMessage() + System.lineSeparator() + remedy;
  }

  /** Runs Cypher over this connection, with the database and timeout given at {@link #open}. */
  public CypherRunner runner() {
    return runner;
  }

  @Override
  public void close() {
    driver.close();
  }
}
