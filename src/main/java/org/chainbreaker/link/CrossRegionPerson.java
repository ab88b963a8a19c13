package org.chainbreaker.link;

import org.chainbreaker.model.GraphNode;

/**
 * A person who connects two regions: where they live (A, B, BOTH or null for neither) and how many shipments between
 * the regions, calls and money transfers with persons living in the other region they took part in.
 */
public record CrossRegionPerson(GraphNode person, String livesIn, int shipments, int calls, int transfers, int links) {}
