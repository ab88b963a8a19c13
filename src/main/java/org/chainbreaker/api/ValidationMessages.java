package org.chainbreaker.api;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Validation errors without the parser's picture of an argument's value: graphql-java writes a value typed into the
 * query as its syntax tree ({@code with value 'ObjectValue{objectFields=[ObjectField{name='ids', value=...}]}'}),
 * which says nothing the query does not show better, and names literal types by their tree classes
 * ({@code 'IntValue'}). The message keeps the rule, the argument, the type and what is wrong; locations and
 * classification are unchanged.
 */
class ValidationMessages implements WebGraphQlInterceptor {

  private static final String VALUE = " with value '";
  /** What graphql-java writes after an argument's value, up to the value's closing quote. */
  private static final List<String> AFTER_VALUE = List.of("' is not a valid '", "' is missing required fields '",
      "' contains a field not in '", "' must be an object type", "' must not be null");
  private static final Pattern TREE_TYPE =
      Pattern.compile("Expected an AST type of '(\\w+?)Value' but it was a '(\\w+?)Value'");

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    return chain.next(request).map(response -> {
      List<GraphQLError> errors = response.getExecutionResult().getErrors();
      List<GraphQLError> readable = errors.stream().map(ValidationMessages::readable).toList();
      boolean rewritten = false;
      for (int i = 0; i < errors.size(); i++) {
        rewritten |= readable.get(i) != errors.get(i);
      }
      return rewritten ? response.transform(answer -> answer.errors(readable)) : response;
    });
  }

  /** The error with a readable message, or the error itself when it is not a validation error or reads well. */
  private static GraphQLError readable(GraphQLError error) {
    if (!(error instanceof ValidationError)) {
      return error;
    }
    String message = readable(error.getMessage());
    if (message.equals(error.getMessage())) {
      return error;
    }
    ErrorClassification type = error.getErrorType();
    return GraphqlErrorBuilder.newError().message(message).errorType(type)
        .locations(error.getLocations()).path(error.getPath()).extensions(error.getExtensions()).build();
  }

  /** The message without the value's syntax tree, and with literal types named as in the query ('Int', 'String'). */
  static String readable(String message) {
    String text = message;
    int value = message.indexOf(VALUE);
    int end = AFTER_VALUE.stream().mapToInt(message::lastIndexOf).max().orElse(-1);
    if (value >= 0 && end > value) {
      text = message.substring(0, value) + message.substring(end + 1);
    }
    Matcher tree = TREE_TYPE.matcher(text);
    return tree.replaceAll("Expected a literal of type '$1' but it was a literal of type '$2'");
  }
}
