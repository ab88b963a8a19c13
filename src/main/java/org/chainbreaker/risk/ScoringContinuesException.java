package org.chainbreaker.risk;

/** A scoring asked for by a request outlasted it; it goes on in the background. */
class ScoringContinuesException extends RuntimeException {

  ScoringContinuesException() {
    super("Scoring takes longer than a request may; it goes on in the background (alerts appear as "
        + "they are raised, and the alertRaised subscription announces them)");
  }
}
