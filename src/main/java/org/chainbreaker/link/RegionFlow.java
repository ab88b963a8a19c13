package org.chainbreaker.link;

import org.chainbreaker.model.Region;

/** One cell of the origin–destination matrix. */
public record RegionFlow(Region origin, Region destination, long shipments, double weightKg) {}
