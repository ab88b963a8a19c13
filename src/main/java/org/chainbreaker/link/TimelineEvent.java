package org.chainbreaker.link;

import org.chainbreaker.model.GraphNode;

/** One event of an entity's timeline. */
public record TimelineEvent(String at, String kind, GraphNode subject, GraphNode counterpart, String detail) {}
