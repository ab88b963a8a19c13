package org.chainbreaker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.chainbreaker.demo.DemoNetworkLoader.LoadStatus;
import org.chainbreaker.demo.DemoNetworkWriter.Progress;
import org.junit.jupiter.api.Test;

class DemoLoadStatusTests {

  @Test
  void anInterruptedLoadResumesOnlyForTheSameSeedAndScaleAndARecordedProgress() {
    LoadStatus interrupted = new LoadStatus(true, "STARTED", 7L, 2.0, "shipments", 15_000L);
    assertThat(interrupted.resumableFor(7, 2.0)).isEqualTo(new Progress("shipments", 15_000));
    assertThat(interrupted.resumableFor(8, 2.0)).as("another seed: other rows").isNull();
    assertThat(interrupted.resumableFor(7, 1.0)).as("another scale: other rows").isNull();
    assertThat(new LoadStatus(true, "STARTED", 7L, 2.0, null, null).resumableFor(7, 2.0))
        .as("a marker from before progress was recorded").isNull();
    assertThat(new LoadStatus(true, "STARTED", 7L, 2.0, "unknown", 5L).resumableFor(7, 2.0)).isNull();
    assertThat(new LoadStatus(false, "NONE", null, null, null, null).resumableFor(7, 2.0)).isNull();
  }
}
