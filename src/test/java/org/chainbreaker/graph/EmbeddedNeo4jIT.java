package org.chainbreaker.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.chainbreaker.testing.ChainbreakerTest;
import org.chainbreaker.testing.GraphQlOverHttp;
import org.chainbreaker.testing.SchemaScripts;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The embedded database as operators and other Neo4j clients meet it. */
@ChainbreakerTest
class EmbeddedNeo4jIT {

  @LocalServerPort
  int port;
  @Autowired
  EmbeddedNeo4j embedded;
  @Autowired
  EmbeddedNeo4jProperties properties;
  @Autowired
  SchemaMigrations migrations;
  @Autowired
  CypherRunner runner;

  @Test
  void secondInstanceOnTheSameDataDirFailsWithAClearMessage() {
    var sameDir = new EmbeddedNeo4jProperties(properties.dataDir(), 0);
    assertThatThrownBy(() -> EmbeddedNeo4j.start(sameDir))
        .isInstanceOf(EmbeddedDatabaseUnavailableException.class)
        .hasMessageContaining("already in use by another process")
        .satisfies(e -> {
          FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(e);
          assertThat(analysis.getAction()).contains("chainbreaker.embedded.data-dir");
        });
  }

  @Test
  void takenBoltPortFailsWithAClearMessage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path otherDir) {
    int taken = embedded.boltUri().getPort();
    assertThatThrownBy(() -> EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(otherDir, taken)))
        .isInstanceOf(EmbeddedDatabaseUnavailableException.class)
        .hasMessageContaining("Bolt port " + taken);
  }

  @Test
  void anyNeo4jClientReadsTheDemoOverTheBoltUriShownInInfo() {
    byte[] info = GraphQlOverHttp.web(port).get().uri("/actuator/info").exchange()
        .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent();
    String bolt = JsonMapper.builder().build().readTree(info).at("/embeddedNeo4j/boltUri").asString();
    assertThat(bolt).isEqualTo(embedded.boltUri().toString()).startsWith("bolt://127.0.0.1:");
    try (Driver client = GraphDatabase.driver(bolt, AuthTokens.none())) {
      long people = client.executableQuery("MATCH (p:Person) RETURN count(p) AS n").execute()
          .records().get(0).get("n").asLong();
      assertThat(people).isGreaterThanOrEqualTo(5_000);
    }
  }

  @Test
  void closedStoreReopensWithItsData(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    var settings = new EmbeddedNeo4jProperties(dir, 0);
    try (EmbeddedNeo4j first = EmbeddedNeo4j.start(settings)) {
      first.database().executeTransactionally("CREATE (:Person {id: 'P-RESTART'})");
    }
    try (EmbeddedNeo4j second = EmbeddedNeo4j.start(settings)) {
      long found = second.database().executeTransactionally("MATCH (p:Person {id: 'P-RESTART'}) RETURN count(p) AS n",
          java.util.Map.of(), result -> (Long) result.next().get("n"));
      assertThat(found).as("the store lock was released and the data kept").isEqualTo(1);
    }
  }

  @Test
  void healthShowsNeo4jUp() {
    GraphQlOverHttp.web(port).get().uri("/actuator/health").exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.components.neo4j.status").isEqualTo("UP");
  }

  @Test
  void migrationsAreAppliedOnceAndRecorded() {
    assertThat(migrations.apply()).as("a second run applies nothing").isZero();
    try (Driver client = GraphDatabase.driver(embedded.boltUri(), AuthTokens.none())) {
      var records = client.executableQuery("MATCH (m:SchemaMigration) RETURN m.version AS v ORDER BY v").execute().records();
      assertThat(records).extracting(r -> r.get("v").asInt()).as("every script of cypher/schema/")
          .containsExactlyElementsOf(SchemaScripts.versions());
      long constraints = client.executableQuery("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n").execute()
          .records().get(0).get("n").asLong();
      assertThat(constraints).isGreaterThanOrEqualTo(14);
    }
  }

  @Test
  void indexesAMigrationCreatesAreOnlineWhenTheMigrationsReturn() {
    try (Driver client = GraphDatabase.driver(embedded.boltUri(), AuthTokens.none())) {
      // as before V010: neither its indexes nor its record
      client.executableQuery("DROP INDEX shipment_origin_province").execute();
      client.executableQuery("DROP INDEX shipment_origin_prefecture").execute();
      client.executableQuery("MATCH (m:SchemaMigration {version: 10}) DELETE m").execute();
      assertThat(migrations.apply()).isEqualTo(1);
      assertThat(client.executableQuery("SHOW INDEXES YIELD name, state WHERE name STARTS WITH 'shipment_origin_' "
          + "RETURN collect(state) AS states").execute().records().get(0).get("states").asList(v -> v.asString()))
          .containsExactly("ONLINE", "ONLINE");
      // and a script hinting them runs at once
      assertThat(client.executableQuery("MATCH (s:Shipment) USING INDEX s:Shipment(originProvince) "
          + "WHERE s.originProvince = '530000' RETURN count(s) AS n").execute().records().get(0).get("n").asLong())
          .isPositive();
    }
  }

  @Test
  void scoresMoveFromTheirOldRiskScoreNodesOntoTheirShipments() {
    try (Driver client = GraphDatabase.driver(embedded.boltUri(), AuthTokens.none())) {
      client.executableQuery("""
          CREATE (:RiskScore {waybillNo: 'MIG-1', score: 3.0, rules: ['seized-before'], scoredAt: datetime('2026-11-01T00:00Z')})
                 -[:SCORES]->(:Shipment {waybillNo: 'MIG-1'})
          CREATE (:RiskScore {waybillNo: 'MIG-GONE', score: 1.0, rules: ['near-suspect']})""").execute();
      try {
        // V008 commits in batches (CALL … IN TRANSACTIONS): the runner must run it outside a managed transaction
        runner.writeEach("schema/V008__scores_on_shipments");
        var moved = client.executableQuery("MATCH (s:Shipment {waybillNo: 'MIG-1'}) "
            + "RETURN s.riskScore AS score, s.riskRules AS rules, s.scoredAt AS at").execute().records().get(0);
        assertThat(moved.get("score").asDouble()).isEqualTo(3.0);
        assertThat(moved.get("rules").asList(v -> v.asString())).containsExactly("seized-before");
        assertThat(moved.get("at").asZonedDateTime().toInstant()).hasToString("2026-11-01T00:00:00Z");
        assertThat(client.executableQuery("MATCH (r:RiskScore) RETURN count(r) AS n").execute().records().get(0)
            .get("n").asLong()).as("every score node gone, the orphan too").isZero();
        assertThat(client.executableQuery("SHOW CONSTRAINTS YIELD name WHERE name = 'risk_score_waybill' "
            + "RETURN count(*) AS n").execute().records().get(0).get("n").asLong()).isZero();
      } finally {
        client.executableQuery("MATCH (n) WHERE n.waybillNo IN ['MIG-1', 'MIG-GONE'] DETACH DELETE n").execute();
      }
    }
  }

  @Test
  void regionCodesAreWrittenOntoAddressesAndTheirShipments() {
    try (Driver client = GraphDatabase.driver(embedded.boltUri(), AuthTokens.none())) {
      // As before V009: addresses in a county (Kunming's Wuhua district) and directly in a province, no codes.
      client.executableQuery("""
          MATCH (county:Region {code: '530102'}), (province:Region {code: '440000'})
          CREATE (a:Address {text: 'MIG-A'})-[:LOCATED_IN]->(county)
          CREATE (b:Address {text: 'MIG-B'})-[:LOCATED_IN]->(province)
          CREATE (a)<-[:FROM_ADDRESS]-(:Shipment {waybillNo: 'MIG-2'})-[:TO_ADDRESS]->(b)""").execute();
      try {
        runner.writeEach("schema/V009__region_codes");
        var addresses = client.executableQuery("MATCH (a:Address) WHERE a.text IN ['MIG-A', 'MIG-B'] "
            + "RETURN a.text AS text, a.provinceCode AS province, a.prefectureCode AS prefecture ORDER BY text")
            .execute().records();
        assertThat(addresses).extracting(r -> r.get("text").asString() + " " + r.get("province").asString(null) + " "
            + r.get("prefecture").asString(null)).containsExactly("MIG-A 530000 530100", "MIG-B 440000 null");
        var shipment = client.executableQuery("MATCH (s:Shipment {waybillNo: 'MIG-2'}) RETURN s.originProvince AS op, "
            + "s.originPrefecture AS of, s.destinationProvince AS dp, s.destinationPrefecture AS df").execute()
            .records().get(0);
        assertThat(List.of(shipment.get("op").asString(), shipment.get("of").asString(), shipment.get("dp").asString()))
            .containsExactly("530000", "530100", "440000");
        assertThat(shipment.get("df").isNull()).as("no prefecture above a province-level address").isTrue();
      } finally {
        client.executableQuery("MATCH (n) WHERE n.waybillNo = 'MIG-2' OR n.text IN ['MIG-A', 'MIG-B'] DETACH DELETE n")
            .execute();
      }
    }
  }

  @Test
  void graphiqlIsServedFromTheJar() {
    GraphQlOverHttp.web(port).get().uri("/graphiql").exchange()
        .expectStatus().isOk()
        .expectBody(String.class).value(html -> assertThat(html).contains("/webjars/graphiql/").doesNotContain("unpkg"));
    GraphQlOverHttp.web(port).get().uri("/webjars/graphiql/2.4.7/graphiql.min.js").exchange().expectStatus().isOk();
    GraphQlOverHttp.web(port).get().uri("/webjars/react/18.3.1/umd/react.production.min.js").exchange()
        .expectStatus().isOk();
  }
}
