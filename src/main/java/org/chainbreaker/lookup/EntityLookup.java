package org.chainbreaker.lookup;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.chainbreaker.api.InvalidArgumentException;
import org.chainbreaker.graph.CypherRunner;
import org.chainbreaker.model.Account;
import org.chainbreaker.model.Address;
import org.chainbreaker.model.CaseFile;
import org.chainbreaker.model.Gang;
import org.chainbreaker.model.GangRole;
import org.chainbreaker.model.Membership;
import org.chainbreaker.model.Person;
import org.chainbreaker.model.Phone;
import org.chainbreaker.model.Region;
import org.chainbreaker.model.Seizure;
import org.chainbreaker.model.Shipment;
import org.chainbreaker.model.Site;
import org.chainbreaker.model.Vehicle;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Service;

/**
 * Looks entities up by key and loads their neighbours in batches: every method takes all the keys of one GraphQL
 * level at once, so a request costs one query per field, never one per item.
 */
@Service
class EntityLookup {

  static final int MAX_SEARCH_HITS = 100;
  static final int MAX_SEARCH_TEXT = 200;

  private final CypherRunner runner;

  EntityLookup(CypherRunner runner) {
    this.runner = runner;
  }

  Stats stats() {
    return runner.readOne("lookup/stats", Map.of(), r -> new Stats(r.get("persons").asLong(), r.get("suspects").asLong(),
        r.get("gangs").asLong(), r.get("shipments").asLong(), r.get("addresses").asLong(), r.get("regions").asLong(),
        r.get("phones").asLong(), r.get("accounts").asLong(), r.get("cases").asLong(), r.get("seizures").asLong()))
        .orElseThrow();
  }

  Optional<Person> person(String id) {
    return Optional.ofNullable(persons(List.of(id)).get(id));
  }

  Optional<Gang> gang(String id) {
    return Optional.ofNullable(gangs(List.of(id)).get(id));
  }

  Optional<Shipment> shipment(String waybillNo) {
    return Optional.ofNullable(one("lookup/shipments", List.of(waybillNo), Shipment::from).get(waybillNo));
  }

  Optional<Region> region(String code) {
    return Optional.ofNullable(one("lookup/regions", List.of(code), Region::from).get(code));
  }

  List<SearchHit> search(String text, Integer first) {
    if (text == null || text.isBlank() || text.length() > MAX_SEARCH_TEXT) {
      throw new InvalidArgumentException("text", "must be 1 to " + MAX_SEARCH_TEXT + " non-blank characters");
    }
    if (first == null || first < 1 || first > MAX_SEARCH_HITS) {
      throw new InvalidArgumentException("first", "must be between 1 and " + MAX_SEARCH_HITS + ", was " + first);
    }
    try {
      return runner.read("lookup/search", Map.of("text", text, "first", first),
          r -> new SearchHit(r.get("score").asDouble(), entity(r.get("label").asString(), r.get("node").asNode())));
    } catch (ClientException e) {
      if (String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("parse")) {
        throw new InvalidArgumentException("text", "is not valid full-text (Lucene) syntax; put the words in double "
            + "quotes to search for them literally");
      }
      throw e;
    }
  }

  Map<String, Person> persons(Collection<String> ids) {
    return one("lookup/persons", ids, Person::from);
  }

  Map<String, Gang> gangs(Collection<String> ids) {
    return one("lookup/gangs", ids, Gang::from);
  }

  Map<String, List<Phone>> phonesOf(Collection<String> personIds) {
    return many("lookup/person-phones", personIds, r -> Phone.from(r.get("node").asNode()));
  }

  Map<String, List<Address>> addressesOf(Collection<String> personIds) {
    return many("lookup/person-addresses", personIds, r -> Address.from(r.get("node").asNode()));
  }

  Map<String, List<Account>> accountsOf(Collection<String> personIds) {
    return many("lookup/person-accounts", personIds, r -> Account.from(r.get("node").asNode()));
  }

  Map<String, List<Vehicle>> vehiclesOf(Collection<String> personIds) {
    return many("lookup/person-vehicles", personIds, r -> Vehicle.from(r.get("node").asNode()));
  }

  Map<String, List<Membership>> membershipsOf(Collection<String> personIds) {
    return many("lookup/person-memberships", personIds, EntityLookup::membership);
  }

  Map<String, List<Membership>> membersOf(Collection<String> gangIds) {
    return many("lookup/gang-members", gangIds, EntityLookup::membership);
  }

  Map<String, ShipmentLinks> linksOf(Collection<String> waybillNos) {
    Map<String, Record> parties = rowsByKey("lookup/shipment-parties", waybillNos);
    Map<String, Record> routes = rowsByKey("lookup/shipment-route", waybillNos);
    Map<String, ShipmentLinks> links = new HashMap<>();
    for (String key : waybillNos) {
      Record party = parties.get(key);
      Record route = routes.get(key);
      if (party != null && route != null) {
        links.put(key, new ShipmentLinks(node(party, "sender", Person::from), node(party, "receiver", Person::from),
            node(party, "senderPhone", Phone::from), node(party, "receiverPhone", Phone::from),
            node(route, "origin", Address::from), node(route, "destination", Address::from),
            node(route, "vehicle", Vehicle::from)));
      }
    }
    return links;
  }

  Map<String, List<Seizure>> seizuresOf(Collection<String> waybillNos) {
    return many("lookup/shipment-seizures", waybillNos, r -> Seizure.from(r.get("node").asNode()));
  }

  Map<String, SeizureLinks> linksOfSeizures(Collection<String> seizureIds) {
    Map<String, SeizureLinks> links = new HashMap<>();
    rowsByKey("lookup/seizure-context", seizureIds).forEach((key, r) ->
        links.put(key, new SeizureLinks(node(r, "shipment", Shipment::from), node(r, "case", CaseFile::from))));
    return links;
  }

  Map<String, Region> regionsOfAddresses(Collection<String> addressIds) {
    return one("lookup/address-region", addressIds, Region::from);
  }

  Map<String, Region> parentsOf(Collection<String> regionCodes) {
    return one("lookup/region-parent", regionCodes, Region::from);
  }

  Map<String, List<Region>> childrenOf(Collection<String> regionCodes) {
    return many("lookup/region-children", regionCodes, r -> Region.from(r.get("node").asNode()));
  }

  Map<String, List<Person>> usersOf(Collection<String> phoneNumbers) {
    return many("lookup/phone-users", phoneNumbers, r -> Person.from(r.get("node").asNode()));
  }

  Map<String, Address> addressesOfSites(Collection<String> siteIds) {
    return one("lookup/site-address", siteIds, Address::from);
  }

  private static Object entity(String label, Node node) {
    return switch (label) {
      case "Person" -> Person.from(node);
      case "Gang" -> Gang.from(node);
      case "Address" -> Address.from(node);
      case "Site" -> Site.from(node);
      default -> throw new IllegalStateException("Full-text index returned an unexpected " + label);
    };
  }

  private static Membership membership(Record r) {
    return new Membership(r.get("personId").asString(), r.get("gangId").asString(),
        GangRole.valueOf(r.get("role").asString()), r.get("since").asString(null));
  }

  private static <T> T node(Record record, String column, Function<Node, T> mapper) {
    Value value = record.get(column);
    return value.isNull() ? null : mapper.apply(value.asNode());
  }

  /** Scripts returning {@code key, node}: at most one node per key. */
  private <T> Map<String, T> one(String script, Collection<String> keys, Function<Node, T> mapper) {
    Map<String, T> result = new HashMap<>();
    runner.read(script, Map.of("ids", List.copyOf(keys)), r -> r)
        .forEach(r -> result.put(r.get("key").asString(), mapper.apply(r.get("node").asNode())));
    return result;
  }

  /** Scripts returning {@code key, ...} rows: a list per key, in the script's order; keys without rows map to []. */
  private <T> Map<String, List<T>> many(String script, Collection<String> keys, Function<Record, T> mapper) {
    Map<String, List<T>> result = new LinkedHashMap<>();
    keys.forEach(key -> result.put(key, new java.util.ArrayList<>()));
    runner.read(script, Map.of("ids", List.copyOf(keys)), r -> r)
        .forEach(r -> result.get(r.get("key").asString()).add(mapper.apply(r)));
    return result;
  }

  private Map<String, Record> rowsByKey(String script, Collection<String> keys) {
    Map<String, Record> result = new HashMap<>();
    runner.read(script, Map.of("ids", List.copyOf(keys)), r -> r).forEach(r -> result.put(r.get("key").asString(), r));
    return result;
  }
}
