package org.chainbreaker.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits every GraphQL request is held to, so one oversized or runaway query cannot take the service down.
 *
 * @param maxQueryDepth deepest field nesting a query may have; default 15
 * @param maxQueryComplexity most fields a query may select (graphql-java's complexity: one per field); default 1000
 * @param requestTimeout longest a request may run before it is answered with a timeout error; default 60 s
 * @param maxAnswerValues most values (fields of objects, counted in every item of every list) one answer may hold (a
 *     2,000-node neighbourhood: about 63,000);
 *     the depth and field limits cannot see how many items nested lists return; default 250,000
 */
@Validated
@ConfigurationProperties("chainbreaker.api")
public record ApiProperties(
    @Min(1) @DefaultValue("15") int maxQueryDepth,
    @Min(1) @DefaultValue("1000") int maxQueryComplexity,
    @NotNull @DefaultValue("60s") Duration requestTimeout,
    @Min(1) @DefaultValue("250000") int maxAnswerValues) {}
