package org.chainbreaker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.chainbreaker.ChainbreakerApplication;
import org.chainbreaker.graph.CypherRunner;
import org.chainbreaker.graph.EmbeddedNeo4j;
import org.chainbreaker.graph.RegionCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A demo load interrupted after some kinds were written resumes at the next start, after its last committed batch,
 * and ends with the same graph as a load that ran through.
 */
class DemoLoadResumeIT {

  static final double SCALE = 0.05;
  static final long SEED = 20261124;

  @Test
  void anInterruptedLoadResumesAndEndsWithTheSameGraphAsAnUninterruptedOne(@TempDir Path whole, @TempDir Path resumed) {
    Map<String, Long> expected;
    try (ConfigurableApplicationContext app = start(whole, true)) {
      expected = census(app.getBean(CypherRunner.class));
    }

    // The first load "dies" after writing the node kinds up to persons: only those batches committed, with their
    // progress, and the marker still says STARTED.
    try (ConfigurableApplicationContext app = start(resumed, false)) {
      CypherRunner runner = app.getBean(CypherRunner.class);
      DemoNetwork network = new DemoNetworkGenerator(SEED, SCALE, RegionCatalogue.rows()).generate();
      DemoNetwork firstKinds = new DemoNetwork();
      for (String kind : DemoNetwork.KINDS.subList(0, DemoNetwork.KINDS.indexOf("persons") + 1)) {
        network.rows(kind).forEach(row -> firstKinds.add(kind, row));
      }
      runner.write("demo/mark-load", Map.of("seed", SEED, "scale", SCALE, "status", "STARTED"));
      new DemoNetworkWriter(runner).write(firstKinds, DemoNetworkWriter.Progress.NONE);
      Map<String, Long> partial = census(runner);
      assertThat(partial).containsEntry("Person", (long) network.count("persons")).doesNotContainKey("Shipment");
      assertThat(runner.readOne("demo/load-status", Map.of(), DemoNetworkLoader.LoadStatus::of).orElseThrow()
          .resumableFor(SEED, SCALE)).isEqualTo(new DemoNetworkWriter.Progress("persons", network.count("persons")));
      // a mark on what the first load wrote: a load that cleared everything and started over would lose it
      app.getBean(EmbeddedNeo4j.class).database().executeTransactionally(
          "MATCH (p:Person) SET p.writtenBeforeTheInterruption = true");
    }

    try (ConfigurableApplicationContext app = start(resumed, true)) {
      CypherRunner runner = app.getBean(CypherRunner.class);
      assertThat(census(runner)).as("resumed load against the load that ran through").isEqualTo(expected);
      assertThat(runner.readText("MATCH (p:Person) WHERE p.writtenBeforeTheInterruption RETURN count(p) AS n", Map.of(),
          r -> r.get("n").asLong())).as("persons kept from before the interruption").containsExactly(expected.get("Person"));
      assertThat(runner.readOne("demo/load-status", Map.of(), r -> r.get("status").asString()).orElseThrow())
          .isEqualTo("COMPLETE");
    }
  }

  /** Nodes per label, relationships per type, and entities with a repeated uid (none expected). */
  static Map<String, Long> census(CypherRunner runner) {
    Map<String, Long> census = new TreeMap<>();
    runner.readText("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n", Map.of(),
        r -> census.put(r.get("label").asString(), r.get("n").asLong()));
    runner.readText("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n", Map.of(),
        r -> census.put("-" + r.get("type").asString() + "-", r.get("n").asLong()));
    runner.readText("MATCH (n:Entity) WITH n.uid AS uid, count(*) AS n WHERE n > 1 RETURN count(*) AS repeated",
        Map.of(), r -> census.put("repeated uids", r.get("repeated").asLong()));
    census.remove("DemoLoad");
    return census;
  }

  static ConfigurableApplicationContext start(Path dataDir, boolean demo) {
    return new SpringApplicationBuilder(ChainbreakerApplication.class).run(
        "--server.port=0",
        "--chainbreaker.embedded.bolt-port=0",
        "--chainbreaker.embedded.data-dir=" + dataDir,
        "--chainbreaker.demo.enabled=" + demo,
        "--chainbreaker.demo.seed=" + SEED,
        "--chainbreaker.demo.scale=" + SCALE,
        "--chainbreaker.demo.ground-truth-file=" + dataDir.resolve("truth.json"),
        "--chainbreaker.risk.sweep-interval=0",
        "--chainbreaker.risk.incremental=false");
  }
}
