package org.chainbreaker.graph;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Brings the database up to date at start-up (migrations, then regions) and announces {@link GraphReady}, in an
 * early lifecycle phase: the HTTP server opens only afterwards, so no request sees a half-prepared graph.
 */
@Component
class GraphBootstrap implements SmartLifecycle {

  /** Before the web server's start (which runs in a late phase). */
  static final int PHASE = 0;

  private static final Logger log = LoggerFactory.getLogger(GraphBootstrap.class);

  private final SchemaMigrations migrations;
  private final RegionCatalogue regions;
  private final ApplicationEventPublisher events;
  private volatile boolean running;

  GraphBootstrap(SchemaMigrations migrations, RegionCatalogue regions, ApplicationEventPublisher events) {
    this.migrations = migrations;
    this.regions = regions;
    this.events = events;
  }

  @Override
  public void start() {
    int applied = migrations.apply();
    int regionCount = regions.load();
    log.info("Graph ready: {} schema migration(s) applied, {} regions in the catalogue", applied, regionCount);
    events.publishEvent(new GraphReady());
    running = true;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }
}
