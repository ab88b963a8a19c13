package org.chainbreaker.takedown;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the takedown analyses.
 *
 * @param exactBetweennessLimit contact graphs with up to this many persons get exact betweenness; default 5000
 * @param betweennessSamples source persons sampled for betweenness on larger contact graphs; default 250 (about
 *     11 s single-threaded on the 51,000-person contact graph of the scale-10 demo)
 * @param seed seed of every randomised step (betweenness sampling), so answers repeat; default 42
 * @param maxRouteParcels most parcels an arrest plan (or a takedown simulation's source-to-market flow) reads while
 *     following the routes from the sources; a plan stopped by it says so ({@code ArrestPlan.capped}). Default 10000:
 *     a plan that read that many still fits its network in one answer as {@code arrest-plan.graphql} asks for it
 *     (at most about 140,000 values of {@code chainbreaker.api.max-answer-values}); at demo scale 1 a plan for a gang
 *     reads about 30 to 40 parcels
 */
@Validated
@ConfigurationProperties("chainbreaker.takedown")
public record TakedownProperties(
    @Min(1) @DefaultValue("5000") int exactBetweennessLimit,
    @Min(1) @Max(1_000_000) @DefaultValue("250") int betweennessSamples,
    @DefaultValue("42") long seed,
    @Min(1) @Max(1_000_000) @DefaultValue("10000") int maxRouteParcels) {}
