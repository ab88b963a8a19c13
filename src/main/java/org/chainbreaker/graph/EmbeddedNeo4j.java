package org.chainbreaker.graph;

import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j database running inside this JVM with its Bolt connector on 127.0.0.1, so the application (and any
 * Neo4j client) talks to it over bolt:// exactly as it would to an external server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
  private static final String LOOPBACK = "127.0.0.1";

  private final DatabaseManagementService dbms;
  private final GraphDatabaseAPI database;
  private final URI boltUri;

  private EmbeddedNeo4j(DatabaseManagementService dbms, GraphDatabaseAPI database, URI boltUri) {
    this.dbms = dbms;
    this.database = database;
    this.boltUri = boltUri;
  }

  /** Starts the database; fails with {@link EmbeddedDatabaseUnavailableException} when the store or port is taken. */
  public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
    Path home = properties.dataDir().toAbsolutePath().normalize();
    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, properties.boltPort()))
          .setConfig(HttpConnector.enabled, false)
          // Loopback only, so no authentication for the embedded default; an external server brings its own.
          .setConfig(GraphDatabaseSettings.auth_enabled, false)
          .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"))
          // Bolt's default 5 s shutdown quiet periods make Ctrl-C (and every test suite) slower for nothing.
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          // Transaction timeouts are enforced when this monitor runs (default every 2 s): a request's deadline
          // (RequestDeadline) should end its query soon after it passes.
          .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
          .build();
    } catch (RuntimeException e) {
      throw explain(e, home, properties.boltPort());
    }
    GraphDatabaseAPI database = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    var address = database.getDependencyResolver()
        .resolveDependency(ConnectorPortRegister.class)
        .getLocalAddress(ConnectorType.BOLT);
    if (address == null) {
      dbms.shutdown();
      throw new EmbeddedDatabaseUnavailableException(
          "Embedded Neo4j in " + home + " started without a Bolt connector",
          "Check chainbreaker.embedded.bolt-port and the Neo4j log in " + home.resolve("logs"));
    }
    URI uri = URI.create("bolt://" + LOOPBACK + ":" + address.getPort());
    log.info("Embedded Neo4j started in {}; Bolt listening on {}", home, uri);
    return new EmbeddedNeo4j(dbms, database, uri);
  }

  /** The bolt:// URI clients use to reach this database. */
  public URI boltUri() {
    return boltUri;
  }

  /** The Neo4j database API, for registering procedures (e.g. GDS) on the embedded instance. */
  public GraphDatabaseAPI database() {
    return database;
  }

  /** Shuts the database down cleanly (checkpoint, release of the store lock). */
  @Override
  public void close() {
    log.info("Shutting down embedded Neo4j");
    dbms.shutdown();
  }

  private static RuntimeException explain(RuntimeException failure, Path home, int port) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage());
      if (cause.getClass().getSimpleName().equals("FileLockException") || message.contains("store_lock")) {
        return new EmbeddedDatabaseUnavailableException(
            "The embedded Neo4j data directory " + home + " is already in use by another process",
            "Stop the other Chainbreaker (or Neo4j) instance using it, or start this one with a different "
                + "chainbreaker.embedded.data-dir.");
      }
      if (cause instanceof BindException || message.contains("Address already in use")) {
        return new EmbeddedDatabaseUnavailableException(
            "Bolt port " + port + " on " + LOOPBACK + " is already in use",
            "Stop the process holding the port, or set chainbreaker.embedded.bolt-port to another port (0 = any free port).");
      }
    }
    return failure;
  }
}
