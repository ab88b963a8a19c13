package org.chainbreaker.model;

import java.util.List;

/**
 * Published (as a Spring application event, on the importing thread) after a batch of imported records has
 * committed: what was imported and the keys of the batch's rows, so other capabilities (risk scoring) can act on
 * exactly the new records without depending on the import engine.
 *
 * @param type the import type's label, e.g. {@code waybills}
 * @param jobId the import job that wrote the batch
 * @param keys the batch's record keys (waybill numbers for waybills; empty for types without a key column)
 */
public record ImportedBatch(String type, String jobId, List<String> keys) {

  public ImportedBatch {
    keys = List.copyOf(keys);
  }
}
