package org.chainbreaker.ingest;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.chainbreaker.model.ImportedBatch;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Test listener: every {@link ImportedBatch} the service announced, in order. */
@Component
class HeardBatches {

  private final List<ImportedBatch> heard = new CopyOnWriteArrayList<>();

  @EventListener
  void on(ImportedBatch batch) {
    heard.add(batch);
  }

  List<ImportedBatch> ofJob(String jobId) {
    return heard.stream().filter(batch -> batch.jobId().equals(jobId)).toList();
  }
}
