package org.chainbreaker.api;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import java.time.Duration;
import java.util.Map;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Answers a request that runs past the limit with a GraphQL error (rather than Spring's bare HTTP 408), so clients
 * read the reason like any other error. Controller methods run on the task executor, so the answer does not wait for
 * the stuck query; that query is ended by the database's own transaction timeout.
 */
class RequestTimeout implements WebGraphQlInterceptor {

  private final Duration timeout;

  RequestTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    return chain.next(request).timeout(timeout, Mono.fromSupplier(() -> timedOut(request)));
  }

  private WebGraphQlResponse timedOut(WebGraphQlRequest request) {
    ExecutionResult result = ExecutionResult.newExecutionResult()
        .addError(GraphqlErrorBuilder.newError()
            .errorType(GraphQlErrors.TIMEOUT)
            .message("The request ran longer than the limit of " + timeout.toMillis() + " ms and was stopped; "
                + "narrow it down (fewer hops, a shorter time window, a smaller page)")
            .extensions(Map.of("timeoutMs", timeout.toMillis()))
            .build())
        .build();
    return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
  }
}
