package org.chainbreaker.takedown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chainbreaker.api.InvalidArgumentException;
import org.chainbreaker.graph.CypherRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The scope of a contact-graph analysis as an investigator gives it (exactly one of a known gang, a region, person
 * ids or the whole graph), validated at the edge with messages that name the argument, and resolved to person ids by
 * {@code cypher/takedown/scope.cypher}.
 */
record TakedownScope(String gangId, String regionCode, List<String> personIds, boolean wholeGraph) {

  static final int MAX_PERSON_IDS = 5_000;

  /** Checks that exactly one scope is given and that person ids look like ones; blank ids count as not given. */
  static TakedownScope of(String gangId, String regionCode, List<String> personIds, Boolean wholeGraph) {
    TakedownScope scope = new TakedownScope(blankToNull(gangId), blankToNull(regionCode), personIds,
        Boolean.TRUE.equals(wholeGraph));
    List<String> given = new ArrayList<>();
    if (scope.gangId != null) {
      given.add("gangId");
    }
    if (scope.regionCode != null) {
      given.add("regionCode");
    }
    if (personIds != null) {
      given.add("personIds");
    }
    if (scope.wholeGraph) {
      given.add("wholeGraph");
    }
    if (given.size() != 1) {
      throw new InvalidArgumentException("input", "give exactly one scope: gangId, regionCode, personIds or "
          + "wholeGraph: true" + (given.isEmpty() ? "" : " (given: " + String.join(", ", given) + ")"));
    }
    if (personIds != null) {
      TakedownArguments.personIds(personIds, MAX_PERSON_IDS, "input.personIds");
    }
    return scope;
  }

  /** As {@link #of}, for analyses that do not offer the whole graph (their error names only the scopes they take). */
  static TakedownScope withoutWholeGraph(String gangId, String regionCode, List<String> personIds) {
    int given = (blankToNull(gangId) == null ? 0 : 1) + (blankToNull(regionCode) == null ? 0 : 1)
        + (personIds == null ? 0 : 1);
    if (given != 1) {
      throw new InvalidArgumentException("input", "give exactly one scope: gangId, regionCode or personIds");
    }
    return of(gangId, regionCode, personIds, false);
  }

  /**
   * The scope in words.
   *
   * @param persons what {@link #persons} resolved the scope to: given person ids count only where they are in the graph
   */
  String describe(Optional<List<String>> persons) {
    if (gangId != null) {
      return "gang " + gangId + ": its known members and their direct contacts";
    }
    if (regionCode != null) {
      return "region " + regionCode + ": the persons living in it or below it";
    }
    if (personIds != null) {
      int found = persons.map(List::size).orElse(0);
      int unknown = new HashSet<>(personIds).size() - found;
      return found + (found == 1 ? " given person" : " given persons")
          + (unknown == 0 ? "" : " (" + unknown + (unknown == 1 ? " id" : " ids") + " not in the graph left out)");
    }
    return "the whole graph";
  }

  /** The scope's person ids; empty optional for the whole graph. Unknown gangs and regions are argument errors. */
  Optional<List<String>> persons(CypherRunner runner) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("gangId", gangId);
    parameters.put("regionCode", regionCode);
    parameters.put("personIds", personIds);
    parameters.put("wholeGraph", wholeGraph);
    Record row = runner.readOne("takedown/scope", parameters, r -> r).orElseThrow();
    if (gangId != null && !row.get("gangKnown").asBoolean()) {
      throw new InvalidArgumentException("input.gangId", "no known gang with id '" + gangId + "'");
    }
    if (regionCode != null && !row.get("regionKnown").asBoolean()) {
      throw new InvalidArgumentException("input.regionCode", "no region with code '" + regionCode + "'");
    }
    Value persons = row.get("persons");
    return persons.isNull() ? Optional.empty() : Optional.of(persons.asList(Value::asString));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
