package org.chainbreaker.lookup;

/** Counts of the main entity kinds. Suspects are persons with status SUSPECT, FUGITIVE or ARRESTED. */
public record Stats(long persons, long suspects, long gangs, long shipments, long addresses, long regions, long phones,
    long accounts, long cases, long seizures) {}
