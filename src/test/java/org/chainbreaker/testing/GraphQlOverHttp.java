package org.chainbreaker.testing;

import java.time.Duration;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Real HTTP clients for a running application: GraphQL at /graphql (with graphql/operations/ as documents). */
public final class GraphQlOverHttp {

  private GraphQlOverHttp() {}

  /** A tester posting to http://localhost:port/graphql; documentName("person") reads graphql/operations/person.graphql. */
  public static HttpGraphQlTester tester(int port) {
    return HttpGraphQlTester.builder(web(port).mutate().baseUrl("http://localhost:" + port + "/graphql"))
        .documentSource(new ResourceDocumentSource(List.of(new ClassPathResource("graphql/operations/")),
            List.of(".graphql")))
        .build();
  }

  /** A plain HTTP client for the application's other endpoints (actuator, GraphiQL). */
  public static WebTestClient web(int port) {
    return WebTestClient.bindToServer()
        .baseUrl("http://localhost:" + port)
        .responseTimeout(Duration.ofSeconds(60))
        .build();
  }
}
