package org.chainbreaker.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.chainbreaker.graph.RequestDeadline;
import org.dataloader.DataLoader;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Test-only GraphQL fields (schema in src/test/resources/graphql/probe/) reporting the request deadline each kind of
 * controller method runs under; present only in an instance started with {@code --deadline-probe=on}.
 */
final class DeadlineProbes {

  private DeadlineProbes() {}

  private static Integer limitMs() {
    return RequestDeadline.current().map(deadline -> (int) deadline.limit().toMillis()).orElse(null);
  }

  /** A method run on the request thread. */
  @Controller
  @ConditionalOnProperty("deadline-probe")
  static class InlineProbe {
    @QueryMapping
    Integer requestLimitMs() {
      return limitMs();
    }
  }

  /** A method run on the controller pool. */
  @Controller
  @LongRunning
  @ConditionalOnProperty("deadline-probe")
  static class LongRunningProbe {
    @QueryMapping
    Integer longRunningRequestLimitMs() {
      return limitMs();
    }
  }

  /** An item of {@code batchedProbes}. */
  record BatchedProbe(int n) {}

  /** Fields loaded in batches: the loader runs after the fetchers that asked for it, wherever GraphQL Java calls it. */
  @Controller
  @ConditionalOnProperty("deadline-probe")
  static class BatchedProbes {

    BatchedProbes(BatchLoaderRegistry loaders) {
      // registered the way RiskController registers alertHistory
      loaders.<Integer, Integer>forName("probeLimits")
          .registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> {
            Map<Integer, Integer> limits = new LinkedHashMap<>();
            keys.forEach(key -> limits.put(key, limitMs()));
            return limits;
          }));
    }

    @QueryMapping
    List<BatchedProbe> batchedProbes() {
      return List.of(new BatchedProbe(1), new BatchedProbe(2), new BatchedProbe(3));
    }

    @SchemaMapping
    CompletableFuture<Integer> registryLoaderLimitMs(BatchedProbe probe, DataLoader<Integer, Integer> probeLimits) {
      return probeLimits.load(probe.n());
    }

    @BatchMapping
    Map<BatchedProbe, Integer> batchMappingLimitMs(List<BatchedProbe> probes) {
      Map<BatchedProbe, Integer> limits = new LinkedHashMap<>();
      probes.forEach(probe -> limits.put(probe, limitMs()));
      return limits;
    }
  }
}
