package org.chainbreaker.ingest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Import settings.
 *
 * @param batchSize rows per write transaction; default 1000 (a batch commits or rolls back whole)
 * @param maxGraphqlRows most rows the {@code importRecords} mutation takes; default 500 (bigger: the HTTP endpoint)
 * @param maxGraphqlChars most characters of the mutation's {@code content}; default 1,000,000
 * @param reportedRejects rejects kept in a job's report and on its ImportJob node; default 1000 (all are counted)
 * @param interruptedAfter a RUNNING job whose last committed batch is older than this is reported INTERRUPTED (its
 *     process was killed or lost the database); default 10 minutes — longer than any one batch takes
 */
@Validated
@ConfigurationProperties("chainbreaker.ingest")
public record IngestProperties(
    @Min(1) @Max(50_000) @DefaultValue("1000") int batchSize,
    @Min(1) @DefaultValue("500") int maxGraphqlRows,
    @Min(1) @DefaultValue("1000000") int maxGraphqlChars,
    @Min(0) @DefaultValue("1000") int reportedRejects,
    @DefaultValue("10m") Duration interruptedAfter) {

  public IngestProperties {
    if (interruptedAfter == null || interruptedAfter.isNegative() || interruptedAfter.isZero()) {
      throw new IllegalArgumentException("chainbreaker.ingest.interrupted-after must be a positive duration");
    }
  }

  /** The defaults, for the packaged application's import command (which runs without Spring). */
  public static IngestProperties defaults() {
    return new IngestProperties(1000, 500, 1_000_000, 1000, Duration.ofMinutes(10));
  }

  IngestProperties withBatchSize(int size) {
    return new IngestProperties(size, maxGraphqlRows, maxGraphqlChars, reportedRejects, interruptedAfter);
  }

  IngestProperties withInterruptedAfter(Duration after) {
    return new IngestProperties(batchSize, maxGraphqlRows, maxGraphqlChars, reportedRejects, after);
  }
}
