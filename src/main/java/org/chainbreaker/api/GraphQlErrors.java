package org.chainbreaker.api;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import org.chainbreaker.graph.GraphDataScienceUnavailableException;
import org.chainbreaker.graph.RequestDeadlineExceededException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Maps domain and database exceptions to GraphQL errors once, for every capability: a precise message and a
 * classification for what the client can fix, a generic message (and a log line with the stack) for the rest.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

  /** Classification of errors for requests or queries that ran past their time limit. */
  static final ErrorClassification TIMEOUT = ErrorClassification.errorClassification("TIMEOUT");
  /** Classification of errors for analyses the server cannot run because a library (GDS) is not installed. */
  static final ErrorClassification UNAVAILABLE = ErrorClassification.errorClassification("UNAVAILABLE");

  private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

  @Override
  protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
    if (ex instanceof InvalidArgumentException invalid) {
      return error(env, ErrorType.BAD_REQUEST, invalid.getMessage(), Map.of("argument", invalid.argument()));
    }
    if (ex instanceof GraphDataScienceUnavailableException missing) {
      log.warn("{} (resolving {})", missing.getMessage(), env.getExecutionStepInfo().getPath());
      return error(env, UNAVAILABLE, missing.getMessage(), Map.of("missing", "Neo4j Graph Data Science (GDS)"));
    }
    if (ex instanceof ServiceUnavailableException) {
      log.warn("Neo4j unavailable while resolving {}", env.getExecutionStepInfo().getPath(), ex);
      return error(env, ErrorType.INTERNAL_ERROR, "The graph database is unavailable; try again shortly", Map.of());
    }
    if (ex instanceof RequestDeadlineExceededException late) {
      return error(env, TIMEOUT, RequestTimeout.message(late.deadline().limit()),
          Map.of("timeoutMs", late.deadline().limit().toMillis()));
    }
    if (ex instanceof ClientException client && client.code() != null && client.code().contains("TransactionTimedOut")) {
      return error(env, TIMEOUT, "The query ran longer than the configured timeout; narrow it down (fewer hops, a "
          + "shorter time window, a smaller page)",
          Map.of());
    }
    if (ex instanceof AbortExecutionException) {
      // graphql-java stopping a cancelled request at its next field (timed out, client gone, answer too large): the
      // request's answer says why; nothing unexpected to log for each field it had still to resolve.
      return error(env, ErrorType.INTERNAL_ERROR, "The request was cancelled", Map.of());
    }
    log.error("Unexpected error resolving {}", env.getExecutionStepInfo().getPath(), ex);
    return error(env, ErrorType.INTERNAL_ERROR, "Internal error; it has been logged", Map.of());
  }

  private static GraphQLError error(DataFetchingEnvironment env, ErrorClassification type, String message,
      Map<String, Object> extensions) {
    return GraphqlErrorBuilder.newError(env).errorType(type).message(message).extensions(extensions).build();
  }
}
