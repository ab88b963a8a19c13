package org.chainbreaker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.chainbreaker.ChainbreakerApplication;
import org.chainbreaker.graph.CypherRunner;
import org.chainbreaker.graph.EmbeddedNeo4j;
import org.chainbreaker.graph.RequestDeadline;
import org.chainbreaker.graph.RequestDeadlineExceededException;
import org.chainbreaker.testing.ChainbreakerTest;
import org.chainbreaker.testing.GraphQlOverHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;

/**
 * The per-request time limit, end to end: a second instance of the service on the demo database of the shared one
 * (as a second node would run against a server), with a limit far below what a prefecture flow matrix takes.
 */
@ChainbreakerTest
class RequestLimitsIT {

  @Autowired
  EmbeddedNeo4j database;

  @TempDir
  Path appDir;

  @Test
  void requestRunningPastTheLimitGetsATimeoutErrorAndTheServiceKeepsAnswering() {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ChainbreakerApplication.class).run(
        "--spring.neo4j.uri=" + database.boltUri(),
        "--server.port=0",
        "--chainbreaker.embedded.data-dir=" + appDir.resolve("never-used"),
        "--chainbreaker.demo.enabled=false",
        "--chainbreaker.api.request-timeout=100ms")) {
      HttpGraphQlTester graphql = GraphQlOverHttp.tester(
          Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));

      graphql.documentName("region-flows").variable("input", Map.of("level", "PREFECTURE")).execute().errors()
          .expect(e -> "TIMEOUT".equals(String.valueOf(e.getErrorType())) && e.getMessage().contains("100 ms")
              && !e.getMessage().contains("Exception"))
          .verify();

      graphql.document("{ __typename }").execute().errors().verify()
          .path("__typename").entity(String.class).isEqualTo("Query");
      assertThat(app.isRunning()).isTrue();
    }
  }

  @Test
  void anAnswerGrowingPastTheValueLimitIsStoppedWithAClearErrorAndNoPartialData() {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ChainbreakerApplication.class).run(
        "--spring.neo4j.uri=" + database.boltUri(),
        "--server.port=0",
        "--chainbreaker.embedded.data-dir=" + appDir.resolve("never-used"),
        "--chainbreaker.demo.enabled=false",
        "--chainbreaker.api.max-answer-values=5000")) {
      HttpGraphQlTester graphql = GraphQlOverHttp.tester(
          Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
      // A short query within the depth and field limits whose answer multiplies by the gang's size at every level.
      String level = "members { role person { id name } gang { id %s } }";
      String nested = "id";
      for (int i = 0; i < 4; i++) {
        nested = level.formatted(nested);
      }
      String query = "{ gang(id: \"G001\") { " + nested + " } }";
      int members = graphql.document("{ gang(id: \"G001\") { members { role } } }").execute().errors().verify()
          .path("gang.members").entityList(Object.class).get().size();
      assertThat((long) Math.pow(members, 4)).as("the answer's size").isGreaterThan(5000);

      GraphQlTester.Response response = graphql.document(query).execute();
      response.errors()
          .expect(e -> "BAD_REQUEST".equals(String.valueOf(e.getErrorType()))
              && e.getMessage().contains("more than 5,000 values") && e.getExtensions().get("maxAnswerValues").equals(5000))
          .verify();
      response.path("gang").pathDoesNotExist();

      // One level less stays under the limit and is answered in full; the service keeps answering.
      String smaller = "{ gang(id: \"G001\") { " + level.formatted(level.formatted("id")) + " } }";
      graphql.document(smaller).execute().errors().verify()
          .path("gang.members[*].gang.members").entityList(Object.class).hasSize(members);
      assertThat(app.isRunning()).isTrue();
    }
  }

  @Test
  void fragmentsThatDoubleTheQueryAreRefusedBeforeTheyRun(@LocalServerPort int port) {
    HttpGraphQlTester graphql = GraphQlOverHttp.tester(port);
    // each fragment spreads the one before twice, one level deeper: thirty lines, a billion fields expanded
    graphql.document(FragmentExpansionLimitTests.doubling(30)).execute().errors()
        .expect(e -> e.getMessage().contains("62 levels deep once its fragments are expanded")
            && e.getMessage().contains("at most 15"))
        .verify();
    // the same at one level: shallow, but a billion fields
    StringBuilder wide = new StringBuilder("{ gang(id: \"G001\") { ...W30 } } fragment W0 on Gang { id name }");
    for (int i = 1; i <= 30; i++) {
      wide.append(" fragment W").append(i).append(" on Gang { ...W").append(i - 1).append(" ...W").append(i - 1)
          .append(" }");
    }
    graphql.document(wide.toString()).execute().errors()
        .expect(e -> e.getMessage().contains("fields once its fragments are expanded") && e.getMessage().contains("1,000"))
        .verify();
    graphql.document("{ gang(id: \"G001\") { ...F } } fragment F on Gang { id members { role } }").execute().errors()
        .verify().path("gang.id").entity(String.class).isEqualTo("G001");
  }

  @Test
  void aSubscriptionPostedAsAPlainRequestIsToldHowToSubscribe(@LocalServerPort int port) {
    String body = GraphQlOverHttp.web(port).post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("query", "subscription { alertRaised(minScore: 2) { id } }"))
        .exchange().expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody();
    assertThat(body).contains("BAD_REQUEST").contains("WebSocket at /graphql")
        .doesNotContain("upstreamPublisher").doesNotContain("\"data\":{");
  }

  @Test
  void everyControllerMethodSeesItsRequestsDeadline() {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ChainbreakerApplication.class).run(
        "--spring.neo4j.uri=" + database.boltUri(),
        "--server.port=0",
        "--chainbreaker.embedded.data-dir=" + appDir.resolve("never-used"),
        "--chainbreaker.demo.enabled=false",
        "--chainbreaker.api.request-timeout=45s",
        "--spring.graphql.schema.locations=classpath:graphql/schema/,classpath:graphql/probe/",
        "--deadline-probe=on")) {
      HttpGraphQlTester graphql = GraphQlOverHttp.tester(
          Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));

      GraphQlTester.Response response = graphql.document("{ requestLimitMs longRunningRequestLimitMs }").execute();
      response.errors().verify();
      response.path("requestLimitMs").entity(Integer.class).isEqualTo(45_000);
      response.path("longRunningRequestLimitMs").entity(Integer.class).isEqualTo(45_000);

      // fields loaded in batches (an alert's history, its shipment): their queries are bounded by the deadline too
      GraphQlTester.Response batched = graphql.document(
          "{ batchedProbes { n registryLoaderLimitMs batchMappingLimitMs } }").execute();
      batched.errors().verify();
      batched.path("batchedProbes[*].registryLoaderLimitMs").entityList(Integer.class)
          .containsExactly(45_000, 45_000, 45_000);
      batched.path("batchedProbes[*].batchMappingLimitMs").entityList(Integer.class)
          .containsExactly(45_000, 45_000, 45_000);
    }
  }

  @Test
  void aQueryGetsNoMoreThanTheTimeLeftToItsRequest(@Autowired CypherRunner runner) {
    // Runs for hours unbounded: the request's deadline, not the 30 s query timeout, must end it.
    String endless = "MATCH (a:Person), (b:Person), (c:Person) WHERE a.name + b.name <> c.name RETURN count(*) AS n";
    RequestDeadline.set(RequestDeadline.startingNow(Duration.ofMillis(300)));
    try {
      assertThatThrownBy(() -> runner.readText(endless, Map.of(), row -> row.get("n").asLong()))
          .isInstanceOf(RequestDeadlineExceededException.class)
          .hasMessageContaining("300 ms")
          .cause().isInstanceOf(ClientException.class);

      // Past the deadline, nothing more is started.
      assertThatThrownBy(() -> runner.readText("RETURN 1 AS n", Map.of(), row -> row.get("n").asLong()))
          .isInstanceOf(RequestDeadlineExceededException.class)
          .hasNoCause();

      // Except releasing what earlier steps took: a GDS projection left behind would hold server memory.
      assertThatCode(() -> runner.release("takedown/drop-graph", Map.of("graphName", "no-such-projection")))
          .doesNotThrowAnyException();
    } finally {
      RequestDeadline.clear();
    }
  }
}
