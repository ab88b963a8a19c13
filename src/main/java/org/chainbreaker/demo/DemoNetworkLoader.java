package org.chainbreaker.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.chainbreaker.graph.CypherRunner;
import org.chainbreaker.graph.GraphReady;
import org.chainbreaker.graph.RegionCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo network on first start: when the database holds no person yet, or when an earlier demo load was
 * interrupted (then its partial data is cleared first). Writes the ground truth next to it.
 */
@Component
class DemoNetworkLoader {

  private static final Logger log = LoggerFactory.getLogger(DemoNetworkLoader.class);

  private final DemoProperties properties;
  private final DemoNetworkWriter writer;
  private final CypherRunner runner;
  private final JsonMapper json;

  DemoNetworkLoader(DemoProperties properties, DemoNetworkWriter writer, CypherRunner runner, JsonMapper json) {
    this.properties = properties;
    this.writer = writer;
    this.runner = runner;
    this.json = json;
  }

  @EventListener(GraphReady.class)
  void loadIfEmpty() {
    if (!properties.enabled()) {
      return;
    }
    var status = runner.readOne("demo/load-status", Map.of(),
        r -> Map.entry(r.get("hasPersons").asBoolean(), r.get("status").asString("NONE"))).orElseThrow();
    if ("STARTED".equals(status.getValue())) {
      log.warn("An earlier demo load was interrupted; clearing its partial data and loading again");
      while (runner.read("demo/clear-interrupted", Map.of("batch", 10_000), r -> r.get("deleted").asLong()).get(0) > 0) {
        // keep deleting batch by batch
      }
    } else if (status.getKey()) {
      log.info("Database already holds data: demo network not loaded");
      return;
    }
    load();
  }

  private void load() {
    long start = System.nanoTime();
    DemoNetwork network = new DemoNetworkGenerator(properties.seed(), properties.scale(), RegionCatalogue.rows()).generate();
    Map<String, Object> marker = Map.of("seed", properties.seed(), "scale", properties.scale());
    runner.write("demo/mark-load", with(marker, "STARTED"));
    writer.write(network);
    runner.write("demo/mark-load", with(marker, "COMPLETE"));
    writeGroundTruth(network.groundTruth());
    log.info("Demo network loaded in {} ms (seed {}, scale {}): {} persons, {} shipments; ground truth in {}",
        (System.nanoTime() - start) / 1_000_000, properties.seed(), properties.scale(), network.count("persons"),
        network.count("shipments"), properties.groundTruthFile().toAbsolutePath().normalize());
  }

  private void writeGroundTruth(GroundTruth truth) {
    Path file = properties.groundTruthFile().toAbsolutePath().normalize();
    try {
      Files.createDirectories(file.getParent());
      json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), truth);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the demo ground truth to " + file, e);
    }
  }

  private static Map<String, Object> with(Map<String, Object> marker, String status) {
    var parameters = new java.util.HashMap<>(marker);
    parameters.put("status", status);
    return parameters;
  }
}
