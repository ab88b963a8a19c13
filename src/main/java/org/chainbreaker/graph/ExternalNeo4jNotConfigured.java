package org.chainbreaker.graph;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when no external Neo4j is configured ({@code spring.neo4j.uri} unset or blank). */
class ExternalNeo4jNotConfigured extends SpringBootCondition {

  static final String URI_PROPERTY = "spring.neo4j.uri";

  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
    String uri = context.getEnvironment().getProperty(URI_PROPERTY);
    return StringUtils.hasText(uri)
        ? ConditionOutcome.noMatch(URI_PROPERTY + " is set to " + uri + ": using the external Neo4j")
        : ConditionOutcome.match(URI_PROPERTY + " is not set: starting the embedded Neo4j");
  }
}
