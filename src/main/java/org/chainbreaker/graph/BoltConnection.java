package org.chainbreaker.graph;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

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

  /** Runs Cypher over this connection, with the database and timeout given at {@link #open}. */
  public CypherRunner runner() {
    return runner;
  }

  @Override
  public void close() {
    driver.close();
  }
}
