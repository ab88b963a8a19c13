package org.chainbreaker.demo;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * The demo network loaded on first start into an empty database.
 *
 * @param enabled load the demo when the database holds no person yet; default true
 * @param seed random seed: the same seed and scale give the same network; default 20261124
 * @param scale size multiplier, 1 = about 5,000 people and 20,000 shipments; default 1
 * @param groundTruthFile where the generator writes which people are kingpins and brokers and which shipments carry
 *     drugs (kept outside the database, for evaluating analyses); default {@code ./data/demo-ground-truth.json}
 */
@Validated
@ConfigurationProperties("chainbreaker.demo")
public record DemoProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("20261124") long seed,
    @DecimalMin("0.01") @DecimalMax("1000") @DefaultValue("1") double scale,
    @NotNull @DefaultValue("./data/demo-ground-truth.json") Path groundTruthFile) {}
