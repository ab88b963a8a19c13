package org.chainbreaker.api;

import jakarta.servlet.ServletException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.server.webmvc.GraphQlRequestPredicates;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/**
 * The GraphQL endpoint over HTTP (Spring's handler), answering a body that is not a GraphQL request — not JSON, not a
 * JSON object, no query, variables that are not an object — with HTTP 400 and a GraphQL error saying what is wrong and
 * where, instead of the server's bare "Bad Request" (which a GraphQL client cannot show: it has no {@code errors});
 * and the requests Spring's routes refuse with an empty body (GET, other content types) the same way.
 */
class GraphQlRequestBodies extends GraphQlHttpHandler {

  private static final Logger log = LoggerFactory.getLogger(GraphQlRequestBodies.class);

  /** The content types a GraphQL request may come in (application/graphql: older clients; Spring takes it). */
  private static final List<MediaType> JSON_BODIES =
      List.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType("application/graphql"));

  static final String SHAPE = "a GraphQL request is a JSON object with \"query\" (the document, a string) and "
      + "optionally \"operationName\" (a string), \"variables\" and \"extensions\" (JSON objects)";

  GraphQlRequestBodies(WebGraphQlHandler handler) {
    super(handler);
  }

  @Override
  public ServerResponse handleRequest(ServerRequest request) throws ServletException {
    try {
      return super.handleRequest(request);
    } catch (HttpMessageNotReadableException e) {
      return refused(unreadable(e));
    } catch (ServerWebInputException e) {
      // Spring's own checks of the members: "No 'query'", "Invalid value for 'operationName'" and the like.
      return refused("The request body is not a GraphQL request (" + e.getReason() + "): " + SHAPE);
    }
  }

  static String unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getMostSpecificCause();
    if (!(cause instanceof JacksonException json)) {
      return "The request body cannot be read (" + e.getMessage() + "); " + SHAPE;
    }
    if (json instanceof StreamReadException) {
      TokenStreamLocation at = json.getLocation();
      String where = at == null || at.getLineNr() < 1 ? ""
          : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      // Jackson's own message, without the pointer into its input source that it may append.
      String what = json.getOriginalMessage() == null ? "" : ": " + json.getOriginalMessage().lines().findFirst()
          .orElse("").replaceAll("\\s*\\(?(start marker )?at \\[Source:.*$", "");
      return "The request body is not valid JSON" + where + what;
    }
    List<JacksonException.Reference> path = json.getPath();
    String member = path.isEmpty() ? null : path.get(0).getPropertyName();
    if (member == null) {
      return (json.getOriginalMessage() != null && json.getOriginalMessage().startsWith("No content")
          ? "The request body is empty: " : "The request body is not a JSON object: ") + SHAPE;
    }
    return "The request member \"" + member + "\" has the wrong type: " + SHAPE;
  }

  /**
   * What Spring's routes for the endpoint answer with an empty body, with a GraphQL error saying why: a GET (not a
   * WebSocket handshake: 405), a POST whose content type is not JSON (415) or that accepts no JSON answer (406).
   * Requests Spring serves (a GraphQL request, server-sent events, the WebSocket handshake) do not match.
   */
  static RouterFunction<ServerResponse> refusedRequests(String path) {
    RequestPredicate served = GraphQlRequestPredicates.graphQlHttp(path).or(GraphQlRequestPredicates.graphQlSse(path));
    return RouterFunctions.route()
        .GET(path, GraphQlRequestBodies::notAHandshake, request -> refused(HttpStatus.METHOD_NOT_ALLOWED,
            "Send GraphQL requests to " + path + " as POST with a JSON body (" + SHAPE + "); subscriptions over "
                + "WebSocket", headers -> headers.setAllow(Set.of(HttpMethod.POST))))
        .POST(path, served.negate(), request -> {
          MediaType type = request.headers().contentType().orElse(null);
          if (type != null && JSON_BODIES.stream().anyMatch(type::isCompatibleWith)) {
            return refused(HttpStatus.NOT_ACCEPTABLE, "The Accept header allows no answer this endpoint gives: "
                + "accept application/graphql-response+json or application/json", headers -> { });
          }
          return refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, (type == null ? "A request without a Content-Type"
              : "Content type '" + type.getType() + "/" + type.getSubtype() + "'") + " is not accepted here: send "
              + "Content-Type: application/json (" + SHAPE + ")", headers -> headers.setAccept(JSON_BODIES));
        })
        .build();
  }

  private static boolean notAHandshake(ServerRequest request) {
    return request.headers().header(HttpHeaders.UPGRADE).stream().noneMatch("websocket"::equalsIgnoreCase);
  }

  private static ServerResponse refused(String message) {
    return refused(HttpStatus.BAD_REQUEST, message, headers -> { });
  }

  private static ServerResponse refused(HttpStatus status, String message, Consumer<HttpHeaders> headers) {
    log.debug("GraphQL request refused: {}", message);
    Map<String, Object> error = Map.of("message", message,
        "extensions", Map.of("classification", ErrorType.BAD_REQUEST.name()));
    return ServerResponse.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("errors", List.of(error)));
  }
}
