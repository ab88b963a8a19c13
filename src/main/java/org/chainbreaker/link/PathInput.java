package org.chainbreaker.link;

import java.util.List;

/** Which two entities to connect and how: see the PathInput type in link.graphqls. */
public record PathInput(String source, String target, Integer k, Integer maxHops, List<String> relationshipTypes,
    List<String> labels, TimeWindow window) {}
