package org.chainbreaker.takedown;

import java.util.List;

/** The scope of a key-player ranking (exactly one of gang, region, person ids, whole graph) and how many to rank. */
public record KeyPlayersInput(String gangId, String regionCode, List<String> personIds, Boolean wholeGraph,
    Integer first) {}
