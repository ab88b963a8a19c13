package org.chainbreaker.lookup;

/** One full-text search result: the entity (a model record) and its relevance score. */
public record SearchHit(double score, Object entity) {}
