package org.chainbreaker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.chainbreaker.testing.ChainbreakerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Requests Tomcat refuses before the application sees them: problem details, not Tomcat's HTML page. */
@ChainbreakerTest
class ContainerErrorsIT {

  @LocalServerPort
  int port;

  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void anEncodedSlashInThePathIsAProblemSayingWhereToPutSuchIds() throws Exception {
    HttpResponse<String> response = get("/alerts/Alert%2FSF000000000001/deliveries", null);
    JsonNode problem = problem(response, 400);
    assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
    assertThat(problem.get("detail").asString()).contains("encoded '/'").contains("query parameter");
  }

  @Test
  void headersLongerThanTheServerTakesAreAProblem() throws Exception {
    HttpResponse<String> response = get("/graphql", "x".repeat(20_000));
    assertThat(problem(response, 400).get("detail").asString()).contains("longer than the server takes");
  }

  @Test
  void errorsTheApplicationAnswersKeepTheirOwnBodies() throws Exception {
    HttpResponse<String> response = get("/no-such-endpoint", null);
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("\"path\":\"/no-such-endpoint\"").doesNotContain("server cannot read");
  }

  private HttpResponse<String> get(String path, String longHeader) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (longHeader != null) {
      request.header("X-Long", longHeader);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
    assertThat(response.body()).doesNotContain("<html");
    JsonNode problem = JsonMapper.builder().build().readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    return problem;
  }
}
