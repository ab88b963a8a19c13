package org.chainbreaker.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors Tomcat answers itself, before the application sees the request — an encoded '/' ({@code %2F}) or a malformed
 * escape in the path, a request line or headers longer than the server takes — as RFC 9457 problem details like the
 * application's own, instead of Tomcat's HTML page. Replaces the error report valve Boot puts on the host (which shows
 * neither report nor server version); errors the application handles keep their own bodies (a body already written is
 * never replaced).
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> {
      Container parent = context.getParent();
      for (Valve valve : parent.getPipeline().getValves()) {
        if (valve instanceof ErrorReportValve) {
          parent.getPipeline().removeValve(valve);
        }
      }
      parent.getPipeline().addValve(new ProblemReport());
      if (parent instanceof StandardHost host) {
        // Else the host adds Tomcat's own valve at start, not finding one of the class it is told to use.
        host.setErrorReportValveClass(ProblemReport.class.getName());
      }
    });
  }

  /** After Boot's own customizer, whose error report valve this replaces. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  /** The error report valve writing problem details. */
  static class ProblemReport extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      HttpStatus known = HttpStatus.resolve(status);
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("type", "about:blank");
      problem.put("title", known == null ? "Error" : known.getReasonPhrase());
      problem.put("status", status);
      problem.put("detail", detail(status));
      try {
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write(JSON.writeValueAsString(problem));
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // The connection is gone or the response was committed meanwhile: nothing more can be said.
      }
    }

    private static String detail(int status) {
      if (status == 400) {
        return "The server cannot read this request: its path may hold an encoded '/' or '\\' (%2F, %5C) or a "
            + "malformed %-escape, or its request line or headers are longer than the server takes "
            + "(server.max-http-request-header-size, 8 KB by default). Put "
            + "identifiers with a '/' in a query parameter or a request body instead";
      }
      // Rare beyond 400 (the application's own errors are answered through its error page): say no more than known.
      return "The web server answered this request itself, with HTTP " + status;
    }
  }
}
