package org.chainbreaker.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.chainbreaker.demo.DemoProperties;
import org.chainbreaker.testing.ChainbreakerTest;
import org.chainbreaker.testing.DemoTruth;
import org.chainbreaker.testing.GraphQlOverHttp;
import org.chainbreaker.testing.SchemaDrift;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.JsonNode;

/** The first GraphQL slice over real HTTP against the demo network in the embedded Neo4j. */
@ChainbreakerTest
class LookupIT {

  @LocalServerPort
  int port;
  @Autowired
  DemoProperties demo;
  @Autowired
  Driver driver;
  @Autowired
  SchemaDrift drift;

  HttpGraphQlTester graphql;
  DemoTruth truth;

  @BeforeEach
  void connect() {
    graphql = GraphQlOverHttp.tester(port);
    truth = DemoTruth.read(demo.groundTruthFile());
  }

  /** A member of a planted gang whose membership the police know, with the given role. */
  String knownMember(String role) {
    return truth.gangs().stream().flatMap(g -> g.get("members").valueStream())
        .filter(m -> m.get("known").asBoolean() && m.get("role").asString().equals(role))
        .map(m -> m.get("personId").asString()).findFirst().orElseThrow();
  }

  @Test
  void everySchemaFieldHasAMappingAndEveryMappingAField() {
    // Relay connection types are filled by Spring for GraphQL's connection adapter from the Window a controller
    // returns; their node types are still inspected.
    assertThat(drift.report().unmappedFields()).as("SDL fields without a controller mapping")
        .filteredOn(field -> !field.getTypeName().endsWith("Connection")).isEmpty();
    assertThat(drift.report().unmappedRegistrations()).as("mappings without an SDL field").isEmpty();
    assertThat(drift.report().unmappedArguments()).as("@Argument names not in the SDL").isEmpty();
  }

  @Test
  void statsCountTheDemoNetworkAtScaleOne() {
    graphql.documentName("stats").execute().errors().verify()
        .path("stats.persons").entity(Long.class).satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(5_000))
        .path("stats.shipments").entity(Long.class).satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(20_000))
        .path("stats.regions").entity(Long.class).satisfies(n -> assertThat(n).isGreaterThan(3_000))
        .path("stats.gangs").entity(Long.class).satisfies(n -> assertThat(n).isPositive())
        .path("stats.suspects").entity(Long.class).satisfies(n -> assertThat(n).isPositive())
        .path("stats.seizures").entity(Long.class).satisfies(n -> assertThat(n).isPositive())
        .path("stats.cases").entity(Long.class).satisfies(n -> assertThat(n).isPositive());
  }

  @Nested
  class Person {

    @Test
    void showsPhonesHomeAndGangRoleOfAKnownLeader() {
      String leader = knownMember("LEADER");
      graphql.documentName("person").variable("id", leader).execute().errors().verify()
          .path("person.id").entity(String.class).isEqualTo(leader)
          .path("person.phones").entityList(Object.class).satisfies(phones -> assertThat(phones).isNotEmpty())
          .path("person.addresses[0].region.code").entity(String.class).satisfies(code -> assertThat(code).isNotBlank())
          .path("person.memberships[*].role").entityList(String.class).contains("LEADER");
    }

    @Test
    void unknownIdIsNullWithoutError() {
      graphql.document("{ person(id: \"P999999999\") { id } }").execute().errors().verify()
          .path("person").valueIsNull();
    }
  }

  @Nested
  class Gang {

    @Test
    void listsKnownMembersWithTheRolesOfTheGroundTruth() {
      JsonNode planted = truth.gangs().stream()
          .filter(g -> g.get("members").valueStream().anyMatch(m -> m.get("known").asBoolean()))
          .findFirst().orElseThrow();
      Map<String, String> knownRoles = new java.util.HashMap<>();
      planted.get("members").valueStream().filter(m -> m.get("known").asBoolean())
          .forEach(m -> knownRoles.put(m.get("personId").asString(), m.get("role").asString()));

      List<Map<String, Object>> members = graphql.documentName("gang").variable("id", planted.get("gangId").asString())
          .execute().errors().verify()
          .path("gang.members").entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
          .get();
      assertThat(members).hasSize(knownRoles.size());
      for (Map<String, Object> member : members) {
        @SuppressWarnings("unchecked")
        String personId = (String) ((Map<String, Object>) member.get("person")).get("id");
        assertThat(member.get("role")).as("role of %s", personId).isEqualTo(knownRoles.get(personId));
      }
    }
  }

  @Nested
  class Shipment {

    @Test
    void seizedParcelShowsRouteResolvedPartiesAndCase() {
      String waybill = driver.executableQuery(
              "MATCH (:Seizure)-[:FROM_SHIPMENT]->(s:Shipment) RETURN s.waybillNo AS w ORDER BY w LIMIT 1")
          .execute().records().get(0).get("w").asString();
      assertThat(truth.drugShipments()).contains(waybill);
      graphql.documentName("shipment").variable("waybillNo", waybill).execute().errors().verify()
          .path("shipment.waybillNo").entity(String.class).isEqualTo(waybill)
          .path("shipment.sender.id").entity(String.class).satisfies(id -> assertThat(id).startsWith("P"))
          .path("shipment.receiver.status").entity(String.class).satisfies(s -> assertThat(s).isNotEqualTo("UNKNOWN"))
          .path("shipment.origin.region.code").entity(String.class).satisfies(c -> assertThat(c).matches("\\d{6}"))
          .path("shipment.senderPhone.number").entity(String.class).satisfies(n -> assertThat(n).matches("1\\d{10}"))
          .path("shipment.seizures[0].case.number").entity(String.class).satisfies(n -> assertThat(n).isNotBlank());
    }
  }

  @Nested
  class Region {

    @Test
    void yunnanHasChinaAboveAndDehongBelow() {
      graphql.documentName("region").variable("code", "530000").execute().errors().verify()
          .path("region.name").entity(String.class).isEqualTo("云南省")
          .path("region.level").entity(String.class).isEqualTo("PROVINCE")
          .path("region.parent.code").entity(String.class).isEqualTo("CN")
          .path("region.children[*].code").entityList(String.class).contains("530100", "533100", "532800");
    }

    @Test
    void shanStateIsAForeignRegionOfMyanmar() {
      graphql.documentName("region").variable("code", "MM-17").execute().errors().verify()
          .path("region.kind").entity(String.class).isEqualTo("FOREIGN")
          .path("region.parent.code").entity(String.class).isEqualTo("MM");
    }
  }

  @Nested
  class Search {

    @Test
    void findsAPersonByAnAliasWrittenOnWaybills() {
      var row = driver.executableQuery(
              "MATCH (p:Person) WHERE size(p.aliases) > 0 RETURN p.id AS id, p.aliases[0] AS alias ORDER BY id LIMIT 1")
          .execute().records().get(0);
      graphql.documentName("search").variable("text", "\"" + row.get("alias").asString() + "\"").variable("first", 50)
          .execute().errors().verify()
          .path("search[*].entity.id").entityList(String.class).contains(row.get("id").asString());
    }

    @Test
    void findsGangsByName() {
      graphql.documentName("search").variable("text", "贩毒团伙").execute().errors().verify()
          .path("search[*].entity.__typename").entityList(String.class).contains("Gang");
    }
  }

  @Nested
  class BadInput {

    @Test
    void firstOutOfRangeIsAnErrorNamingTheArgument() {
      graphql.document("{ search(text: \"王\", first: 0) { score } }").execute().errors()
          .expect(e -> e.getMessage().contains("'first'") && e.getExtensions().get("argument").equals("first")
              && "BAD_REQUEST".equals(String.valueOf(e.getErrorType())))
          .verify();
    }

    @Test
    void blankSearchTextIsAnErrorNamingTheArgument() {
      graphql.document("{ search(text: \"  \") { score } }").execute().errors()
          .expect(e -> e.getMessage().contains("'text'"))
          .verify();
    }

    @Test
    void malformedLuceneSyntaxIsAClearErrorNotAStackTrace() {
      graphql.document("{ search(text: \"AND OR [\") { score } }").execute().errors()
          .expect(e -> e.getMessage().contains("'text'") && !e.getMessage().contains("Exception"))
          .verify();
    }

    @Test
    void wrongArgumentTypeIsRejectedByValidationNamingIt() {
      graphql.document("{ search(text: \"王\", first: \"many\") { score } }").execute().errors()
          .expect(e -> e.getMessage().contains("first"))
          .verify();
    }
  }
}
