package org.chainbreaker.link;

import java.util.List;

/** What to expand and how far: see the NeighbourhoodInput type in link.graphqls. */
public record NeighbourhoodInput(List<String> ids, Integer maxHops, List<String> relationshipTypes, List<String> labels,
    TimeWindow window, Integer limit) {}
