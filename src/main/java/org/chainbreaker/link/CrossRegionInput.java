package org.chainbreaker.link;

/** Two regions and the filters for what links them: see the CrossRegionInput type in link.graphqls. */
public record CrossRegionInput(String regionA, String regionB, TimeWindow window, Boolean suspectsOnly,
    Integer chainWindowDays) {}
