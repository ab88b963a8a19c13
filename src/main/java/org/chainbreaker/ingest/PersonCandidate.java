package org.chainbreaker.ingest;

/**
 * A person already in the graph (or written earlier in the same batch) who might be the one a mention names: found
 * by the mention's ID number, phone, or name at its address.
 *
 * @param sharesPhone the candidate uses the mention's phone
 * @param sharesAddress the candidate lives at the mention's address
 */
record PersonCandidate(String id, String name, String idNumber, boolean sharesPhone, boolean sharesAddress) {}
