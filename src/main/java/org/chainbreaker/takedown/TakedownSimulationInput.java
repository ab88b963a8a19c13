package org.chainbreaker.takedown;

import java.util.List;

/** Who to arrest, the scope whose network is measured, and optional sources and markets: see takedown.graphqls. */
public record TakedownSimulationInput(List<String> remove, String gangId, String regionCode, List<String> personIds,
    List<String> sourceIds, List<String> marketIds) {}
