package org.chainbreaker.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.chainbreaker.testing.ChainbreakerTest;
import org.chainbreaker.testing.GraphQlOverHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bodies posted to /graphql that are not GraphQL requests (HTTP 400 with a GraphQL error saying what is wrong), and
 * validation errors in plain words.
 */
@ChainbreakerTest
class GraphQlRequestBodiesIT {

  @LocalServerPort
  int port;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "`{\"query\": \"{ __typename }\"`       | not valid JSON at line 1, column",
      "`{bad json`                            | not valid JSON at line 1, column 2",
      "`[1, 2]`                               | not a JSON object",
      "`\"{ __typename }\"`                   | not a JSON object",
      "`{}`                                   | not a GraphQL request (No 'query')",
      "`{\"operationName\": \"Q\"}`           | not a GraphQL request (No 'query')",
      "`{\"query\": \"{ __typename }\", \"variables\": \"x\"}`   | \"variables\" has the wrong type",
      "`{\"query\": \"{ __typename }\", \"variables\": [1]}`     | \"variables\" has the wrong type",
      "`{\"query\": \"{ __typename }\", \"extensions\": 3}`      | \"extensions\" has the wrong type",
      "`{\"query\": {\"a\": 1}}`              | \"query\" has the wrong type",
  })
  void aBodyThatIsNotAGraphQlRequestIsABadRequestSayingWhatIsWrong(String body, String expected) {
    JsonNode error = refused(body);
    assertThat(error.get("message").asString()).contains(expected).doesNotContain("tools.jackson")
        .doesNotContain("SerializableGraphQlRequest").doesNotContain("Source:");
    assertThat(error.get("extensions").get("classification").asString()).isEqualTo("BAD_REQUEST");
  }

  @Test
  void anEmptyBodyIsABadRequestSayingItIsEmpty() {
    assertThat(refused("").get("message").asString()).startsWith("The request body is empty")
        .contains("\"query\" (the document, a string)");
  }

  @Test
  void aWrongArgumentTypedIntoTheQueryIsNamedWithoutTheParsersPictureOfIt() {
    String answer = GraphQlOverHttp.web(port).post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"query\": \"{ neighbourhood(input: {ids: [\\\"Person/1\\\"], bogus: 1}) { capped } }\"}")
        .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    assertThat(answer).contains("argument 'input' contains a field not in 'NeighbourhoodInput': 'bogus'")
        .contains("\"classification\":\"ValidationError\"").contains("\"locations\":[{\"line\":1,\"column\":17}]")
        .doesNotContain("ObjectValue").doesNotContain("ObjectField");
  }

  @Test
  void aGetIsToldToPost() {
    var result = GraphQlOverHttp.web(port).get().uri("/graphql?query={q}", "{ __typename }").exchange()
        .expectStatus().isEqualTo(405).expectHeader().valueEquals("Allow", "POST")
        .expectBody(String.class).returnResult();
    String answer = result.getResponseBody();
    assertThat(answer).as(result.getRequestHeaders() + " -> " + result.getResponseHeaders()).isNotNull();
    assertThat(answer).contains("as POST with a JSON body").contains("BAD_REQUEST");
  }

  @Test
  void aBodyThatIsNotJsonIsToldWhichContentTypeToSend() {
    String answer = GraphQlOverHttp.web(port).post().uri("/graphql").contentType(MediaType.TEXT_PLAIN)
        .bodyValue("{ __typename }").exchange()
        .expectStatus().isEqualTo(415).expectHeader().valueEquals("Accept", "application/json, application/graphql")
        .expectBody(String.class).returnResult().getResponseBody();
    assertThat(answer).contains("Content type 'text/plain' is not accepted here: send Content-Type: application/json");
  }

  @Test
  void aRequestAcceptingNoJsonAnswerIsToldWhatToAccept() {
    String answer = GraphQlOverHttp.web(port).post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
        .accept(MediaType.TEXT_HTML).bodyValue("{\"query\": \"{ __typename }\"}").exchange()
        .expectStatus().isEqualTo(406).expectBody(String.class).returnResult().getResponseBody();
    assertThat(answer).contains("accept application/graphql-response+json or application/json");
  }

  @Test
  void aGoodRequestAfterBadOnesIsAnswered() {
    refused("{bad json");
    String answer = GraphQlOverHttp.web(port).post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"query\": \"{ __typename }\"}").exchange().expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody();
    assertThat(answer).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
  }

  private JsonNode refused(String body) {
    String answer = GraphQlOverHttp.web(port).post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body).exchange().expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
        .expectBody(String.class).returnResult().getResponseBody();
    JsonNode errors = JsonMapper.builder().build().readTree(answer).get("errors");
    assertThat(errors).as(answer).isNotNull().hasSize(1);
    return errors.get(0);
  }
}
