package org.chainbreaker.graph;

/** Published once at start-up when the schema migrations and the region catalogue are in place. */
public record GraphReady() {}
