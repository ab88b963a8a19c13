package org.chainbreaker.takedown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.chainbreaker.graph.CypherRunner;
import org.chainbreaker.model.GraphNode;
import org.chainbreaker.takedown.Community.CommunityMember;
import org.chainbreaker.takedown.Community.GangCandidate;
import org.chainbreaker.takedown.Community.GangOverlap;
import org.chainbreaker.takedown.HiddenGangs.ConnectedComponents;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Hidden gangs: communities of the contact graph around a scope (GDS Leiden or Louvain, seeded and single-threaded),
 * compared with the known gangs — which gang each community overlaps, and the persons without any MEMBER_OF who sit in
 * a known gang's community. Each step is one script of {@code cypher/takedown/}; this class validates, sequences and
 * compares.
 */
@Service
public class HiddenGangAnalysis {

  static final int DEFAULT_MIN_SIZE = 3;
  static final int MAX_MIN_SIZE = 1_000;
  static final int DEFAULT_FIRST = 20;
  static final int MAX_FIRST = 100;
  static final int DEFAULT_CONTEXT_HOPS = 2;
  static final int MAX_CONTEXT_HOPS = 2;
  /** A community is a known gang's when the gang has at least this many known members in it ... */
  static final int GANG_COMMUNITY_MIN_MEMBERS = 3;
  /**
   * ... and more than this share of the gang's known members are in it (so a gang has at most one community; paired
   * gangs can share one). A share of the community would not do: the whole graph's communities of a large network hold
   * hundreds of persons around a gang's dozen known members.
   */
  static final double GANG_COMMUNITY_MIN_GANG_SHARE = 0.5;
  /** Candidates listed per community, most tied to the gang first. */
  static final int MAX_CANDIDATES = 100;

  private static final Logger log = LoggerFactory.getLogger(HiddenGangAnalysis.class);

  private final CypherRunner runner;
  private final TakedownProperties properties;

  HiddenGangAnalysis(CypherRunner runner, TakedownProperties properties) {
    this.runner = runner;
    this.properties = properties;
  }

  /** Detects the communities around the input's scope and compares them with the known gangs. */
  public HiddenGangs hiddenGangs(HiddenGangsInput input) {
    long start = System.nanoTime();
    int minSize = TakedownArguments.range(input.minSize(), DEFAULT_MIN_SIZE, 2, MAX_MIN_SIZE, "input.minSize");
    int first = TakedownArguments.range(input.first(), DEFAULT_FIRST, 1, MAX_FIRST, "input.first");
    int hops = TakedownArguments.range(input.contextHops(), DEFAULT_CONTEXT_HOPS, 0, MAX_CONTEXT_HOPS,
        "input.contextHops");
    CommunityAlgorithm algorithm = input.algorithm() == null ? CommunityAlgorithm.LEIDEN : input.algorithm();
    TakedownScope given = TakedownScope.of(input.gangId(), input.regionCode(), input.personIds(), input.wholeGraph());
    Optional<List<String>> persons = given.persons(runner);
    String scope = given.describe(persons) + (given.wholeGraph() || hops == 0 ? "" : "; communities detected with "
        + "everyone within " + hops + (hops == 1 ? " contact" : " contacts") + " of it");
    if (persons.isPresent() && persons.get().isEmpty()) {
      return HiddenGangs.empty(scope, algorithm);
    }
    List<String> analysed = persons.map(p -> widen(p, hops)).orElse(null);
    Optional<ContactGraph> projection = ContactGraph.project(runner, analysed);
    if (projection.isEmpty()) {
      return HiddenGangs.empty(scope, algorithm);
    }
    Map<Long, List<String>> communities = new HashMap<>();
    ConnectedComponents components;
    int projectedPersons;
    int contacts;
    try (ContactGraph graph = projection.get()) {
      graph.run(algorithm.script(), Map.of("seed", properties.seed()), r -> communities
          .computeIfAbsent(r.get("communityId").asLong(), id -> new ArrayList<>()).add(r.get("id").asString()));
      components = graph.run("takedown/components", Map.of(), r -> new ConnectedComponents(
          r.get("components").asInt(), r.get("largest").asInt())).get(0);
      projectedPersons = graph.nodeCount();
      contacts = graph.relationshipCount();
    }
    Set<String> inScope = persons.<Set<String>>map(HashSet::new).orElse(null);
    HiddenGangs result = compare(scope, algorithm, projectedPersons, contacts, components, communities, inScope,
        minSize, first);
    log.info("Hidden gangs ({}) of {}: {} persons, {} links, {} communities found, {} ms", algorithm, scope,
        projectedPersons, contacts, result.communitiesFound(), (System.nanoTime() - start) / 1_000_000);
    return result;
  }

  /** The persons plus every person within the given number of contacts of them. */
  private List<String> widen(List<String> persons, int hops) {
    List<String> widened = persons;
    for (int hop = 0; hop < hops; hop++) {
      widened = runner.readOne("takedown/context", Map.of("persons", widened),
          r -> r.get("persons").asList(Value::asString)).orElseThrow();
    }
    return widened;
  }

  private HiddenGangs compare(String scope, CommunityAlgorithm algorithm, int persons, int contacts,
      ConnectedComponents components, Map<Long, List<String>> communities, Set<String> inScope, int minSize,
      int first) {
    Map<String, KnownGang> gangs = new TreeMap<>();
    Map<String, Set<String>> gangsOf = new HashMap<>();
    runner.read("takedown/known-gangs", Map.of(), r -> {
      KnownGang gang = new KnownGang(GraphNode.from(r.get("gang").asNode()), r.get("members").asList(Value::asString));
      gangs.put(gang.id(), gang);
      gang.members().forEach(member -> gangsOf.computeIfAbsent(member, m -> new TreeSet<>()).add(gang.id()));
      return gang;
    });
    int found = 0;
    List<Draft> drafts = new ArrayList<>();
    for (Map.Entry<Long, List<String>> community : communities.entrySet()) {
      List<String> members = community.getValue();
      int scoped = inScope == null ? members.size() : (int) members.stream().filter(inScope::contains).count();
      if (scoped == 0) {
        continue;
      }
      found++;
      if (members.size() >= minSize) {
        drafts.add(Draft.of(community.getKey(), members, scoped, gangsOf, gangs));
      }
    }
    drafts.sort(MOST_SUSPICIOUS_FIRST);
    List<Draft> reported = drafts.subList(0, Math.min(first, drafts.size()));

    Map<String, GraphNode> nodes = new HashMap<>();
    List<String> ids = reported.stream().flatMap(d -> d.members.stream()).toList();
    runner.read("takedown/community-members", Map.of("ids", ids),
        r -> nodes.put(r.get("id").asString(), GraphNode.from(r.get("person").asNode())));
    Map<String, Tie> ties = candidateTies(reported, gangsOf);

    List<Community> result = new ArrayList<>();
    for (Draft draft : reported) {
      KnownGang gang = draft.gangIds.isEmpty() ? null : gangs.get(draft.gangIds.get(0));
      List<CommunityMember> members = draft.members.stream().filter(nodes::containsKey)
          .map(id -> new CommunityMember(nodes.get(id), List.copyOf(gangsOf.getOrDefault(id, Set.of())),
              inScope == null || inScope.contains(id)))
          .toList();
      List<GangOverlap> overlaps = draft.overlaps.stream().map(o -> new GangOverlap(gangs.get(o.gangId()).gang(),
          o.members(), round(o.members() / (double) draft.members.size()),
          round(o.members() / (double) Math.max(1, gangs.get(o.gangId()).members().size())))).toList();
      List<GangCandidate> candidates = draft.members.stream()
          .filter(id -> !gangsOf.containsKey(id) && ties.containsKey(id) && nodes.containsKey(id))
          .map(id -> ties.get(id).candidate(nodes.get(id)))
          .sorted(Comparator.comparingInt((GangCandidate c) -> -c.gangContacts())
              .thenComparingInt(c -> -c.communityContacts()).thenComparing(c -> c.person().id()))
          .limit(MAX_CANDIDATES).toList();
      result.add(new Community(result.size() + 1, draft.id, draft.members.size(), draft.inScope, draft.knownMembers,
          gang == null ? null : gang.gang(), members, overlaps, candidates));
    }
    return new HiddenGangs(scope, algorithm, persons, contacts, components, found, result);
  }

  /**
   * Contacts of every person without MEMBER_OF in a reported gang community, keyed by person id: with the community's
   * gang they have the most contacts among (ties: the gang with more members in the community, then the lower id).
   */
  private Map<String, Tie> candidateTies(List<Draft> reported, Map<String, Set<String>> gangsOf) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Draft draft : reported) {
      if (!draft.gangIds.isEmpty()) {
        rows.add(Map.of("gangIds", draft.gangIds, "members", draft.members, "candidates",
            draft.members.stream().filter(id -> !gangsOf.containsKey(id)).toList()));
      }
    }
    Map<String, Tie> ties = new HashMap<>();
    if (!rows.isEmpty()) {
      // rows come per candidate in the order of the community's gangs: keep the first with the most gang contacts
      runner.read("takedown/candidate-ties", Map.of("communities", rows), r -> ties.merge(r.get("id").asString(),
          new Tie(r.get("gangId").asString(), r.get("contacts").asInt(), r.get("gangContacts").asInt(),
              r.get("communityContacts").asInt()), (kept, next) -> next.gangContacts() > kept.gangContacts() ? next
              : kept));
    }
    return ties;
  }

  /**
   * Known gangs' communities first, then by known members, size and first member id: the gangs' communities lead,
   * then the largest groups nobody has named yet.
   */
  private static final Comparator<Draft> MOST_SUSPICIOUS_FIRST = Comparator
      .<Draft>comparingInt(d -> d.gangIds.isEmpty() ? 1 : 0)
      .thenComparingInt(d -> -d.knownMembers)
      .thenComparingInt(d -> -d.members.size())
      .thenComparing(d -> d.members.get(0));

  private static double round(double share) {
    return Math.round(share * 10_000) / 10_000.0;
  }

  /** A known gang and its known members. */
  private record KnownGang(GraphNode gang, List<String> members) {
    String id() {
      return gang.id().substring(gang.id().indexOf('/') + 1);
    }
  }

  private record Overlap(String gangId, int members) {}

  /** A community before it is reported: members sorted (known gang members first, then by id). */
  private record Draft(long id, List<String> members, int inScope, int knownMembers, List<Overlap> overlaps,
      List<String> gangIds) {

    static Draft of(long id, List<String> persons, int inScope, Map<String, Set<String>> gangsOf,
        Map<String, KnownGang> gangs) {
      List<String> members = new ArrayList<>(persons);
      members.sort(Comparator.<String>comparingInt(m -> gangsOf.containsKey(m) ? 0 : 1)
          .thenComparing(Comparator.naturalOrder()));
      Map<String, Integer> counts = new TreeMap<>();
      int known = 0;
      for (String member : members) {
        Set<String> own = gangsOf.getOrDefault(member, Set.of());
        known += own.isEmpty() ? 0 : 1;
        own.forEach(gang -> counts.merge(gang, 1, Integer::sum));
      }
      List<Overlap> overlaps = new ArrayList<>();
      counts.forEach((gang, count) -> overlaps.add(new Overlap(gang, count)));
      overlaps.sort(Comparator.comparingInt((Overlap o) -> -o.members()).thenComparing(Overlap::gangId));
      // the gangs whose community this is, most members first
      List<String> gangIds = overlaps.stream().filter(o -> o.members() >= GANG_COMMUNITY_MIN_MEMBERS
          && o.members() > GANG_COMMUNITY_MIN_GANG_SHARE * gangs.get(o.gangId()).members().size())
          .map(Overlap::gangId).toList();
      return new Draft(id, List.copyOf(members), inScope, known, List.copyOf(overlaps), gangIds);
    }
  }

  /** A candidate's contacts, as candidate-ties.cypher counts them. */
  private record Tie(String gangId, int contacts, int gangContacts, int communityContacts) {

    GangCandidate candidate(GraphNode person) {
      String reason = (gangContacts == 0 ? "no direct contact with a known member of " + gangId
          : gangContacts + " of " + contacts + (contacts == 1 ? " contact is a known member of " : " contacts are "
              + "known members of ") + gangId)
          + "; " + communityContacts + " of " + contacts + " in this community";
      return new GangCandidate(person, gangId, contacts, gangContacts, communityContacts, reason);
    }
  }
}
