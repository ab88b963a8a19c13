package org.chainbreaker.link;

/** The question "what connects these two regions"; each part of the answer is loaded only when asked for. */
public record CrossRegionLinks(CrossRegionInput input) {}
