package org.chainbreaker.api;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import java.time.Duration;
import java.util.Map;
import org.chainbreaker.graph.RequestDeadline;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Holds every GraphQL request to its time limit. The request's {@link RequestDeadline} goes into the Reactor context
 * (and from there, by context propagation, to the threads running its fields), so each query gets only the time left;
 * past the limit the client gets a {@code TIMEOUT} GraphQL error naming the limit (rather than Spring's bare HTTP
 * 408), also while a {@link LongRunning} computation is still busy on the controller pool.
 */
class RequestTimeout implements WebGraphQlInterceptor {

  private final Duration timeout;

  RequestTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    return chain.next(request)
        .timeout(timeout, Mono.fromSupplier(() -> timedOut(request)))
        .contextWrite(Context.of(RequestDeadlineAccessor.KEY, RequestDeadline.startingNow(timeout)));
  }

  private WebGraphQlResponse timedOut(WebGraphQlRequest request) {
    ExecutionResult result = ExecutionResult.newExecutionResult()
        .addError(GraphqlErrorBuilder.newError()
            .errorType(GraphQlErrors.TIMEOUT)
            .message(message(timeout))
            .extensions(Map.of("timeoutMs", timeout.toMillis()))
            .build())
        .build();
    return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
  }

  /** What a client reads when its request ran past {@code limit}, whichever way the limit was noticed. */
  static String message(Duration limit) {
    return "The request ran longer than the limit of " + limit.toMillis() + " ms and was stopped; "
        + "narrow it down (fewer hops, a shorter time window, a smaller page)";
  }
}
