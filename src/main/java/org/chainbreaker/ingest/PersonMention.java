package org.chainbreaker.ingest;

/**
 * A person as one row names them: normalised name, ID number and phone (either may be null, not both), and an
 * address to compare (home, or the address on a waybill).
 */
record PersonMention(String name, String idNumber, String phone, String address) {

  /** The id a person first seen in this mention gets: stable, so a re-run creates the same node. */
  String newPersonId() {
    return idNumber != null ? "ID-" + idNumber : "NP-" + Normaliser.digest(name + "|" + phone);
  }
}
