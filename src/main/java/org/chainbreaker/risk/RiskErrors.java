package org.chainbreaker.risk;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Maps the risk capability's own exceptions to GraphQL errors, ahead of the service-wide mapping (which answers
 * everything it does not know as an internal error): an unknown alert is NOT_FOUND naming the id, a refused status
 * change is a CONFLICT naming the current status, a full scoring that outlasts its request a TIMEOUT saying it goes on.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RiskErrors extends DataFetcherExceptionResolverAdapter {

  /** Classification of a change the alert's current state does not allow. */
  static final ErrorClassification CONFLICT = ErrorClassification.errorClassification("CONFLICT");
  /** Classification of work that outlasted the request (as the service-wide TIMEOUT). */
  static final ErrorClassification TIMEOUT = ErrorClassification.errorClassification("TIMEOUT");

  @Override
  protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
    if (ex instanceof UnknownAlertException unknown) {
      return GraphqlErrorBuilder.newError(env).errorType(ErrorType.NOT_FOUND).message(unknown.getMessage())
          .extensions(Map.of("id", unknown.id())).build();
    }
    if (ex instanceof AlertTransitionRefusedException refused) {
      return GraphqlErrorBuilder.newError(env).errorType(CONFLICT).message(refused.getMessage())
          .extensions(Map.of("id", refused.id(), "status", refused.current().name(), "wanted",
              refused.wanted().name()))
          .build();
    }
    if (ex instanceof ScoringContinuesException continues) {
      return GraphqlErrorBuilder.newError(env).errorType(TIMEOUT).message(continues.getMessage()).build();
    }
    return null;
  }
}
