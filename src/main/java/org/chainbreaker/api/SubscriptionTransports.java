package org.chainbreaker.api;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import java.util.Map;
import org.reactivestreams.Publisher;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.MediaType;
import reactor.core.publisher.Mono;

/**
 * Answers a subscription posted as a plain request/response with an error saying how to subscribe. Spring for GraphQL
 * would otherwise serialise the event stream object itself into the JSON answer ({@code "upstreamPublisher": ...}).
 * Subscriptions are served over WebSocket at /graphql (a POST with {@code Accept: text/event-stream} goes to Spring's
 * server-sent-events handler and is left alone); the stream is never subscribed to here, so nothing is left running.
 */
class SubscriptionTransports implements WebGraphQlInterceptor {

  static final String MESSAGE = "Subscriptions stream events: subscribe over WebSocket at /graphql "
      + "(graphql-transport-ws protocol)";

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    if (request instanceof WebSocketGraphQlRequest || acceptsEventStream(request)) {
      return chain.next(request);
    }
    return chain.next(request).map(response -> response.getExecutionResult().getData() instanceof Publisher<?>
        ? refused(request) : response);
  }

  private static boolean acceptsEventStream(WebGraphQlRequest request) {
    return request.getHeaders().getAccept().stream().anyMatch(MediaType.TEXT_EVENT_STREAM::isCompatibleWith)
        && !request.getHeaders().getAccept().contains(MediaType.ALL);
  }

  private static WebGraphQlResponse refused(WebGraphQlRequest request) {
    ExecutionResult result = ExecutionResult.newExecutionResult()
        .addError(GraphqlErrorBuilder.newError()
            .errorType(ErrorType.BAD_REQUEST)
            .message(MESSAGE)
            .extensions(Map.of("transport", "graphql-transport-ws"))
            .build())
        .build();
    return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
  }
}
