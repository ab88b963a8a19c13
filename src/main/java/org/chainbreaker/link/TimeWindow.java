package org.chainbreaker.link;

/** A half-open time window [since, until) of ISO-8601 date-times; either end may be open (null). */
public record TimeWindow(String since, String until) {}
