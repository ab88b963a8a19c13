package org.chainbreaker.model;

/** One property of a graph node or edge, as text (dates ISO-8601, lists comma-separated). */
public record Property(String key, String value) {}
