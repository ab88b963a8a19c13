package org.chainbreaker.takedown;

import java.util.List;

/**
 * Where to look for hidden gangs (exactly one of gang, region, person ids, whole graph), how far around the scope the
 * communities are detected, with which algorithm, and which communities to report.
 */
public record HiddenGangsInput(String gangId, String regionCode, List<String> personIds, Boolean wholeGraph,
    Integer contextHops, CommunityAlgorithm algorithm, Integer minSize, Integer first) {}
