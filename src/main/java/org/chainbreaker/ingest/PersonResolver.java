package org.chainbreaker.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the person mentions of one batch, in row order, by {@link PersonMatch}: against the candidates the graph
 * returned for each mention and against the persons earlier mentions of the same batch wrote (which the graph cannot
 * show yet), so a batch resolves exactly as if its rows had been written one by one. Deterministic: ties go to the
 * smallest person id; a new person's id comes from the mention ({@link PersonMention#newPersonId}).
 */
final class PersonResolver {

  /** Where one mention resolved to; {@code idNumber} is the number to record on that person (null: nothing new). */
  record Resolved(String personId, String idNumber) {}

  /** A candidate link between two persons, {@code from} the smaller id; {@code row}: the batch row that found it. */
  record PossiblySame(String from, String to, double score, String reason, int row) {}

  /** What this batch has written so far, per person id. */
  private static final class Written {
    final String name;
    String idNumber;
    final Set<String> phones = new HashSet<>();
    final Set<String> homes = new HashSet<>();

    Written(String name, String idNumber) {
      this.name = name;
      this.idNumber = idNumber;
    }
  }

  private final Map<String, Written> written = new LinkedHashMap<>();
  private final Map<String, PossiblySame> pairs = new LinkedHashMap<>();
  /** Person ids of this batch by "i" + ID number, "p" + phone, "n" + name. */
  private final Map<String, Set<String>> byKey = new HashMap<>();

  /**
   * Resolves the next mention. {@code fromGraph}: the graph's candidates for it; {@code home}: whether the mention's
   * address is where the person lives (a persons row), so later mentions can match on it; {@code row}: the mention's
   * row in the batch.
   */
  Resolved resolve(PersonMention mention, List<PersonCandidate> fromGraph, boolean home, int row) {
    List<PersonCandidate> candidates = withWritten(mention, fromGraph);
    PersonCandidate byId = null;
    List<PersonCandidate> byNameAndPhone = new ArrayList<>();
    List<Map.Entry<PersonCandidate, PersonMatch>> possibly = new ArrayList<>();
    for (PersonCandidate candidate : candidates) {
      PersonMatch match = PersonMatch.of(mention, candidate);
      switch (match.verdict()) {
        case SAME_BY_ID_NUMBER -> byId = candidate;
        case SAME_BY_NAME_AND_PHONE -> byNameAndPhone.add(candidate);
        case POSSIBLY_SAME -> possibly.add(Map.entry(candidate, match));
        case DIFFERENT -> { }
      }
    }
    byNameAndPhone.sort(Comparator.comparing(PersonCandidate::id));
    PersonCandidate chosen = byId != null ? byId : byNameAndPhone.isEmpty() ? null : byNameAndPhone.get(0);
    String personId = chosen != null ? chosen.id() : mention.newPersonId();
    String knownIdNumber = chosen != null ? chosen.idNumber() : null;
    String idNumber = knownIdNumber == null ? mention.idNumber() : null;
    for (PersonCandidate other : byNameAndPhone) {
      if (!other.id().equals(personId)) {
        link(personId, other.id(), 0.9, "same name and phone; not merged: already resolved by ID number", row);
      }
    }
    for (Map.Entry<PersonCandidate, PersonMatch> entry : possibly) {
      link(personId, entry.getKey().id(), entry.getValue().score(), entry.getValue().reason(), row);
    }
    Written facts = written.computeIfAbsent(personId,
        id -> new Written(chosen != null ? chosen.name() : mention.name(), knownIdNumber));
    if (facts.idNumber == null) {
      facts.idNumber = mention.idNumber();
    }
    index("n" + facts.name, personId);
    if (facts.idNumber != null) {
      index("i" + facts.idNumber, personId);
    }
    if (mention.phone() != null) {
      facts.phones.add(mention.phone());
      index("p" + mention.phone(), personId);
    }
    if (home && mention.address() != null) {
      facts.homes.add(mention.address());
    }
    return new Resolved(personId, idNumber);
  }

  /** The candidate links found in the batch so far, each pair once. */
  List<PossiblySame> possiblySame() {
    return List.copyOf(pairs.values());
  }

  private void index(String key, String personId) {
    byKey.computeIfAbsent(key, k -> new HashSet<>()).add(personId);
  }

  private void link(String a, String b, double score, String reason, int row) {
    if (a.equals(b)) {
      return;
    }
    String from = a.compareTo(b) < 0 ? a : b;
    String to = from.equals(a) ? b : a;
    pairs.putIfAbsent(from + "\u0000" + to, new PossiblySame(from, to, score, reason, row));
  }

  /** The graph's candidates merged with what this batch wrote (the batch's facts are not in the graph yet). */
  private List<PersonCandidate> withWritten(PersonMention mention, List<PersonCandidate> fromGraph) {
    Map<String, PersonCandidate> merged = new LinkedHashMap<>();
    for (PersonCandidate candidate : fromGraph) {
      merged.merge(candidate.id(), candidate, PersonResolver::either);
    }
    // Only persons of this batch the graph query would have found: same ID number, same phone, or same name.
    Set<String> ids = new HashSet<>();
    if (mention.idNumber() != null) {
      ids.addAll(byKey.getOrDefault("i" + mention.idNumber(), Set.of()));
    }
    if (mention.phone() != null) {
      ids.addAll(byKey.getOrDefault("p" + mention.phone(), Set.of()));
    }
    ids.addAll(byKey.getOrDefault("n" + mention.name(), Set.of()));
    for (String id : ids) {
      Written facts = written.get(id);
      PersonCandidate local = new PersonCandidate(id, facts.name, facts.idNumber,
          mention.phone() != null && facts.phones.contains(mention.phone()),
          mention.address() != null && facts.homes.contains(mention.address()));
      merged.merge(id, local, PersonResolver::either);
    }
    return List.copyOf(merged.values());
  }

  private static PersonCandidate either(PersonCandidate a, PersonCandidate b) {
    return new PersonCandidate(a.id(), a.name(), a.idNumber() != null ? a.idNumber() : b.idNumber(),
        a.sharesPhone() || b.sharesPhone(), a.sharesAddress() || b.sharesAddress());
  }
}
