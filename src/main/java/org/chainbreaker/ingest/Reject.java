package org.chainbreaker.ingest;

/**
 * A row that was not imported: where it is (file and line, 1-based, the header being line 1 of a CSV), the column at
 * fault ({@code *} for the row as a whole) and why.
 */
public record Reject(String file, long line, String column, String reason) {}
