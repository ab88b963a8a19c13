package org.chainbreaker.risk;

/** Scoring every shipment outlasted the request; it goes on in the background. */
class ScoringContinuesException extends RuntimeException {

  ScoringContinuesException() {
    super("Scoring every shipment takes longer than a request may; it goes on in the background (alerts appear as "
        + "they are raised, and the alertRaised subscription announces them)");
  }
}
