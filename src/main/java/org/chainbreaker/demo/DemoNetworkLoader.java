package org.chainbreaker.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.chainbreaker.demo.DemoNetworkWriter.Progress;
import org.chainbreaker.graph.CypherRunner;
import org.chainbreaker.graph.GraphReady;
import org.chainbreaker.graph.RegionCatalogue;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo network on first start: when the database holds no person yet, or when an earlier demo load was
 * interrupted — resumed after its last committed batch when it was of the same seed and scale (the generator is
 * deterministic), else its partial data is cleared first. Writes the ground truth next to it.
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
    LoadStatus status = runner.readOne("demo/load-status", Map.of(), LoadStatus::of).orElseThrow();
    if ("STARTED".equals(status.status())) {
      Progress progress = status.resumableFor(properties.seed(), properties.scale());
      if (progress != null) {
        log.warn("An earlier demo load was interrupted after {} rows of {}; resuming it (same seed and scale)",
            progress.done(), progress.kind());
        load(progress);
        return;
      }
      log.warn("An earlier demo load was interrupted; clearing its partial data and loading again");
      while (runner.read("demo/clear-interrupted", Map.of("batch", 10_000), r -> r.get("deleted").asLong()).get(0) > 0) {
        // keep deleting batch by batch
      }
    } else if (status.hasPersons()) {
      log.info("Database already holds data: demo network not loaded");
      return;
    }
    load(Progress.NONE);
  }

  /**
   * What {@code demo/load-status} found: whether persons exist, and the marker of an earlier load (status, seed,
   * scale and progress; null when there was none or it predates progress records).
   */
  record LoadStatus(boolean hasPersons, String status, Long seed, Double scale, String kind, Long done) {

    static LoadStatus of(Record r) {
      return new LoadStatus(r.get("hasPersons").asBoolean(), r.get("status").asString("NONE"),
          r.get("seed").isNull() ? null : r.get("seed").asLong(),
          r.get("scale").isNull() ? null : r.get("scale").asDouble(),
          r.get("kind").isNull() ? null : r.get("kind").asString(),
          r.get("done").isNull() ? null : r.get("done").asLong());
    }

    /**
     * Where to resume an interrupted load of the network generated from {@code seed} and {@code scale}: null when the
     * earlier load was of another network (its rows would not match) or recorded no progress.
     */
    Progress resumableFor(long seed, double scale) {
      boolean same = this.seed != null && this.seed == seed && this.scale != null && this.scale == scale;
      return same && kind != null && done != null && DemoNetwork.KINDS.contains(kind) ? new Progress(kind, done) : null;
    }
  }

  private void load(Progress from) {
    long start = System.nanoTime();
    DemoNetwork network = new DemoNetworkGenerator(properties.seed(), properties.scale(), RegionCatalogue.rows()).generate();
    Map<String, Object> marker = Map.of("seed", properties.seed(), "scale", properties.scale());
    if (from.equals(Progress.NONE)) {
      runner.write("demo/mark-load", with(marker, "STARTED"));
    }
    writer.write(network, from);
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
