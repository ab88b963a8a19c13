package org.chainbreaker.lookup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.chainbreaker.model.Account;
import org.chainbreaker.model.Address;
import org.chainbreaker.model.CaseFile;
import org.chainbreaker.model.Gang;
import org.chainbreaker.model.Membership;
import org.chainbreaker.model.Person;
import org.chainbreaker.model.Phone;
import org.chainbreaker.model.Region;
import org.chainbreaker.model.Seizure;
import org.chainbreaker.model.Shipment;
import org.chainbreaker.model.Site;
import org.chainbreaker.model.Vehicle;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** GraphQL entry points of lookup.graphqls and the nested fields of model.graphqls, each batch-loaded. */
@Controller
class LookupController {

  private final EntityLookup lookup;

  LookupController(EntityLookup lookup, BatchLoaderRegistry loaders) {
    this.lookup = lookup;
    // Several Shipment (and Seizure) fields read the same row: one loader per request feeds them all.
    loaders.forTypePair(String.class, ShipmentLinks.class)
        .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> lookup.linksOf(keys)));
    loaders.forTypePair(String.class, SeizureLinks.class)
        .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> lookup.linksOfSeizures(keys)));
  }

  @QueryMapping
  Stats stats() {
    return lookup.stats();
  }

  @QueryMapping
  Person person(@Argument String id) {
    return lookup.person(id).orElse(null);
  }

  @QueryMapping
  Gang gang(@Argument String id) {
    return lookup.gang(id).orElse(null);
  }

  @QueryMapping
  Shipment shipment(@Argument String waybillNo) {
    return lookup.shipment(waybillNo).orElse(null);
  }

  @QueryMapping
  Region region(@Argument String code) {
    return lookup.region(code).orElse(null);
  }

  @QueryMapping
  List<SearchHit> search(@Argument String text, @Argument Integer first) {
    return lookup.search(text, first);
  }

  // ---- Person ----

  @BatchMapping
  Map<Person, List<Phone>> phones(List<Person> persons) {
    return bySource(persons, Person::id, lookup.phonesOf(ids(persons, Person::id)));
  }

  @BatchMapping
  Map<Person, List<Address>> addresses(List<Person> persons) {
    return bySource(persons, Person::id, lookup.addressesOf(ids(persons, Person::id)));
  }

  @BatchMapping
  Map<Person, List<Account>> accounts(List<Person> persons) {
    return bySource(persons, Person::id, lookup.accountsOf(ids(persons, Person::id)));
  }

  @BatchMapping
  Map<Person, List<Vehicle>> vehicles(List<Person> persons) {
    return bySource(persons, Person::id, lookup.vehiclesOf(ids(persons, Person::id)));
  }

  @BatchMapping
  Map<Person, List<Membership>> memberships(List<Person> persons) {
    return bySource(persons, Person::id, lookup.membershipsOf(ids(persons, Person::id)));
  }

  // ---- Gang and Membership ----

  @BatchMapping
  Map<Gang, List<Membership>> members(List<Gang> gangs) {
    return bySource(gangs, Gang::id, lookup.membersOf(ids(gangs, Gang::id)));
  }

  @BatchMapping(typeName = "Membership", field = "person")
  Map<Membership, Person> memberPerson(List<Membership> memberships) {
    return bySource(memberships, Membership::personId, lookup.persons(ids(memberships, Membership::personId)));
  }

  @BatchMapping(typeName = "Membership", field = "gang")
  Map<Membership, Gang> memberGang(List<Membership> memberships) {
    return bySource(memberships, Membership::gangId, lookup.gangs(ids(memberships, Membership::gangId)));
  }

  // ---- Shipment ----

  @SchemaMapping
  CompletableFuture<Person> sender(Shipment shipment, DataLoader<String, ShipmentLinks> links) {
    return links.load(shipment.waybillNo()).thenApply(l -> l == null ? null : l.sender());
  }

  @SchemaMapping
  CompletableFuture<Person> receiver(Shipment shipment, DataLoader<String, ShipmentLinks> links) {
    return links.load(shipment.waybillNo()).thenApply(l -> l == null ? null : l.receiver());
  }

  @SchemaMapping
  CompletableFuture<Phone> senderPhone(Shipment shipment, DataLoader<String, ShipmentLinks> links) {
    return links.load(shipment.waybillNo()).thenApply(l -> l == null ? null : l.senderPhone());
  }

  @SchemaMapping
  CompletableFuture<Phone> receiverPhone(Shipment shipment, DataLoader<String, ShipmentLinks> links) {
    return links.load(shipment.waybillNo()).thenApply(l -> l == null ? null : l.receiverPhone());
  }

  @SchemaMapping
  CompletableFuture<Address> origin(Shipment shipment, DataLoader<String, ShipmentLinks> links) {
    return links.load(shipment.waybillNo()).thenApply(l -> l == null ? null : l.origin());
  }

  @SchemaMapping
  CompletableFuture<Address> destination(Shipment shipment, DataLoader<String, ShipmentLinks> links) {
    return links.load(shipment.waybillNo()).thenApply(l -> l == null ? null : l.destination());
  }

  @SchemaMapping
  CompletableFuture<Vehicle> vehicle(Shipment shipment, DataLoader<String, ShipmentLinks> links) {
    return links.load(shipment.waybillNo()).thenApply(l -> l == null ? null : l.vehicle());
  }

  @BatchMapping
  Map<Shipment, List<Seizure>> seizures(List<Shipment> shipments) {
    return bySource(shipments, Shipment::waybillNo, lookup.seizuresOf(ids(shipments, Shipment::waybillNo)));
  }

  // ---- Seizure, Address, Region, Phone, Site ----

  @SchemaMapping(typeName = "Seizure", field = "shipment")
  CompletableFuture<Shipment> seizedFrom(Seizure seizure, DataLoader<String, SeizureLinks> links) {
    return links.load(seizure.id()).thenApply(l -> l == null ? null : l.shipment());
  }

  @SchemaMapping(typeName = "Seizure", field = "case")
  CompletableFuture<CaseFile> seizureCase(Seizure seizure, DataLoader<String, SeizureLinks> links) {
    return links.load(seizure.id()).thenApply(l -> l == null ? null : l.caseFile());
  }

  @BatchMapping(typeName = "Address", field = "region")
  Map<Address, Region> addressRegion(List<Address> addresses) {
    return bySource(addresses, Address::id, lookup.regionsOfAddresses(ids(addresses, Address::id)));
  }

  @BatchMapping
  Map<Region, Region> parent(List<Region> regions) {
    return bySource(regions, Region::code, lookup.parentsOf(ids(regions, Region::code)));
  }

  @BatchMapping
  Map<Region, List<Region>> children(List<Region> regions) {
    return bySource(regions, Region::code, lookup.childrenOf(ids(regions, Region::code)));
  }

  @BatchMapping
  Map<Phone, List<Person>> users(List<Phone> phones) {
    return bySource(phones, Phone::number, lookup.usersOf(ids(phones, Phone::number)));
  }

  @BatchMapping(typeName = "Site", field = "address")
  Map<Site, Address> siteAddress(List<Site> sites) {
    return bySource(sites, Site::id, lookup.addressesOfSites(ids(sites, Site::id)));
  }

  private static <S> List<String> ids(List<S> sources, Function<S, String> key) {
    return sources.stream().map(key).distinct().toList();
  }

  /** Re-keys a result loaded by id onto the source objects GraphQL asked about; missing ids map to nothing. */
  private static <S, T> Map<S, T> bySource(List<S> sources, Function<S, String> key, Map<String, T> byKey) {
    Map<S, T> result = new HashMap<>();
    for (S source : sources) {
      T value = byKey.get(key.apply(source));
      if (value != null) {
        result.put(source, value);
      }
    }
    return result;
  }
}
