package org.chainbreaker.link;

import org.chainbreaker.model.RegionLevel;

/** Level, window and filters of a flow matrix: see the RegionFlowInput type in link.graphqls. */
public record RegionFlowInput(RegionLevel level, TimeWindow window, Boolean suspectsOnly, Integer minShipments) {}
