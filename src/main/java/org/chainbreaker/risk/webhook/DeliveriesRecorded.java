package org.chainbreaker.risk.webhook;

/**
 * Published after deliveries became due (new alerts recorded in the outbox, or an operator's retry), so the
 * dispatcher sends them now rather than at its next round.
 *
 * @param count how many deliveries became due
 */
record DeliveriesRecorded(int count) {}
