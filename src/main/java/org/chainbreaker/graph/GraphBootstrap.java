package org.chainbreaker.graph;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Brings the database up to date at start-up (migrations, then regions) and announces {@link GraphReady}. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class GraphBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(GraphBootstrap.class);

  private final SchemaMigrations migrations;
  private final RegionCatalogue regions;
  private final ApplicationEventPublisher events;

  GraphBootstrap(SchemaMigrations migrations, RegionCatalogue regions, ApplicationEventPublisher events) {
    this.migrations = migrations;
    this.regions = regions;
    this.events = events;
  }

  @Override
  public void run(ApplicationArguments args) {
    int applied = migrations.apply();
    int regionCount = regions.load();
    log.info("Graph ready: {} schema migration(s) applied, {} regions in the catalogue", applied, regionCount);
    events.publishEvent(new GraphReady());
  }
}
