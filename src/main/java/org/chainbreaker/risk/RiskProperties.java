package org.chainbreaker.risk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Risk scoring and alerts ({@code chainbreaker.risk.*}; {@code chainbreaker.risk.webhooks.*} belongs to the webhook
 * sender).
 *
 * @param threshold a shipment whose score (the sum of the weights of the rules that fire) is above this raises an
 *     alert; default 1, so one weak signal (weight 1) alone never does
 * @param weights weight overrides by rule id ({@code chainbreaker.risk.weights.near-suspect=2}); a rule not named
 *     keeps the weight of its file's header; an unknown id stops the start-up
 * @param batchSize shipments scored per round (each rule runs once per round; scores and alerts of a round commit
 *     together); default 10000 (the most a scoreShipments request takes)
 * @param incremental score the shipments of every committed import batch, in the background; default true
 * @param sweepInterval how often to look for shipments never scored (written by the CLI import or a bulk load
 *     outside the service) and score them; 0 turns the sweep off; default 5m
 * @param sweepDelay the first sweep's delay after start-up; default 30s
 */
@Validated
@ConfigurationProperties("chainbreaker.risk")
public record RiskProperties(
    @PositiveOrZero @DefaultValue("1") double threshold,
    Map<String, @NotNull @PositiveOrZero Double> weights,
    @Min(1) @Max(20_000) @DefaultValue("10000") int batchSize,
    @DefaultValue("true") boolean incremental,
    @NotNull @DefaultValue("5m") Duration sweepInterval,
    @NotNull @DefaultValue("30s") Duration sweepDelay) {

  public RiskProperties {
    weights = weights == null ? Map.of() : Map.copyOf(weights);
  }
}
