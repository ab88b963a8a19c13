package org.chainbreaker.link;

import org.chainbreaker.model.Region;

/** How strongly another region is linked to the one asked about, and by what. */
public record RegionLink(Region region, long shipmentsOut, long shipmentsIn, long suspectShipments, long calls,
    long transfers, long sharedGangs, double strength) {}
