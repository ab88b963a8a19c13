package org.chainbreaker.takedown;

/** What to trace from and how far: see the TraceInput type in takedown.graphqls. */
public record TraceInput(String id, Integer windowDays, Integer maxHandOvers, Integer perPerson) {}
