package org.chainbreaker.ingest;

import java.util.Objects;

/**
 * The entity-resolution rule for persons, in order:
 * <ol>
 *   <li>same ID number: the same person;</li>
 *   <li>different ID numbers: never the same (still a candidate link when name and phone agree: score 0.5);</li>
 *   <li>same normalised name and same phone (one side without an ID number): the same person;</li>
 *   <li>same name and same address, different phone: possibly the same (0.7);</li>
 *   <li>same phone, different name: possibly the same (0.5) — a shared or burner phone, or an alias;</li>
 *   <li>anything else: different.</li>
 * </ol>
 * "Possibly" is recorded as a {@code POSSIBLY_SAME_AS} link with score and reason and never merged.
 */
record PersonMatch(Verdict verdict, double score, String reason) {

  /** What the rule concludes. */
  enum Verdict { SAME_BY_ID_NUMBER, SAME_BY_NAME_AND_PHONE, POSSIBLY_SAME, DIFFERENT }

  static final PersonMatch DIFFERENT = new PersonMatch(Verdict.DIFFERENT, 0, null);

  /** Applies the rule to one mention and one candidate. */
  static PersonMatch of(PersonMention mention, PersonCandidate candidate) {
    boolean sameName = Objects.equals(mention.name(), candidate.name());
    boolean bothIds = mention.idNumber() != null && candidate.idNumber() != null;
    if (bothIds && mention.idNumber().equals(candidate.idNumber())) {
      return new PersonMatch(Verdict.SAME_BY_ID_NUMBER, 1, "same ID number");
    }
    if (bothIds) {
      return sameName && candidate.sharesPhone()
          ? possibly(0.5, "same name and phone " + mention.phone() + ", different ID numbers")
          : DIFFERENT;
    }
    if (sameName && candidate.sharesPhone()) {
      return new PersonMatch(Verdict.SAME_BY_NAME_AND_PHONE, 1, "same name and phone");
    }
    if (sameName && candidate.sharesAddress()) {
      return possibly(0.7, "same name and address, different phone");
    }
    if (candidate.sharesPhone()) {
      return possibly(0.5, "shares phone " + mention.phone() + ", different name");
    }
    return DIFFERENT;
  }

  static PersonMatch possibly(double score, String reason) {
    return new PersonMatch(Verdict.POSSIBLY_SAME, score, reason);
  }

  boolean same() {
    return verdict == Verdict.SAME_BY_ID_NUMBER || verdict == Verdict.SAME_BY_NAME_AND_PHONE;
  }
}
