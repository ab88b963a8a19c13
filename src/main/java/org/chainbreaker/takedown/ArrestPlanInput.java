package org.chainbreaker.takedown;

import java.util.List;

/** Sources, markets, who must not be chosen, and an optional budget: see ArrestPlanInput in takedown.graphqls. */
public record ArrestPlanInput(List<String> sourceIds, String sourceRegion, List<String> marketIds, String marketRegion,
    List<String> exclude, Integer budget, Integer maxHops) {}
