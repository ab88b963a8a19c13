package org.chainbreaker.api;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.graphql.execution.ErrorType;

/**
 * Stops a request whose answer grows past {@code chainbreaker.api.max-answer-values} values. The depth and field
 * limits judge the query's text, not how many items its lists return: {@code gang { members { gang { members ... } } }}
 * passes both and multiplies by the gang's size at every level (six levels ran a scale-1 service out of memory). Each
 * field resolved on each item counts one; past the limit the execution is cancelled (graphql-java stops at the next
 * field) and the answer is one {@code BAD_REQUEST} error saying so, without partial data.
 */
class AnswerSizeLimit implements Instrumentation {

  private final int maxValues;

  AnswerSizeLimit(int maxValues) {
    this.maxValues = maxValues;
  }

  /** Values counted so far in one request, and the request to cancel once they are too many. */
  private static final class Count implements InstrumentationState {
    final ExecutionInput input;
    final AtomicLong values = new AtomicLong();
    volatile boolean exceeded;

    Count(ExecutionInput input) {
      this.input = input;
    }
  }

  @Override
  public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
    return new Count(parameters.getExecutionInput());
  }

  @Override
  public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
      InstrumentationState state) {
    Count count = (Count) state;
    if (count.values.incrementAndGet() > maxValues && !count.exceeded) {
      count.exceeded = true;
      count.input.cancel();
    }
    return null;
  }

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
      InstrumentationExecutionParameters parameters, InstrumentationState state) {
    if (!(state instanceof Count count) || !count.exceeded) {
      return CompletableFuture.completedFuture(result);
    }
    return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult()
        .addError(GraphqlErrorBuilder.newError()
            .errorType(ErrorType.BAD_REQUEST)
            .message(message(maxValues))
            .extensions(Map.of("maxAnswerValues", maxValues))
            .build())
        .build());
  }

  static String message(int maxValues) {
    return String.format(Locale.ROOT, "The answer would hold more than %,d values (chainbreaker.api.max-answer-values);"
        + " ask for fewer items (first, limit) or nest fewer lists (e.g. gang > members > gang > members)", maxValues);
  }
}
