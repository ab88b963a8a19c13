package org.chainbreaker.link;

import org.chainbreaker.model.Subgraph;

/** The subgraph around the start entities, and whether the node limit cut it short. */
public record Neighbourhood(Subgraph subgraph, boolean capped) {}
