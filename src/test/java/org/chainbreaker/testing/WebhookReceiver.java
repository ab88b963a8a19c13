package org.chainbreaker.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server on 127.0.0.1 standing in for the case systems that webhooks post alerts to: one per test JVM,
 * started before the shared Spring context (its port is the property {@value #PORT_PROPERTY}, which
 * {@link ChainbreakerTest} points the configured endpoints at). Every path is an endpoint. It records every request
 * and answers 200, unless a test scripted other replies for one alert at one path (so tests cannot disturb each
 * other, nor alerts raised by other tests).
 */
public final class WebhookReceiver {

  /** The property holding the receiver's port. */
  public static final String PORT_PROPERTY = "chainbreaker.test.webhook-receiver-port";

  /** The HMAC secret of endpoint case-a in {@link ChainbreakerTest}. */
  public static final String SECRET = "test-webhook-secret";
  /** The Authorization header value of endpoint case-b in {@link ChainbreakerTest}. */
  public static final String AUTHORIZATION = "Bearer test-case-system-token";

  /** Longest a hanging reply waits (tests release hangs when done). */
  private static final long HANG_SECONDS = 20;

  private static WebhookReceiver shared;

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Deque<Reply>> scripts = new ConcurrentHashMap<>();
  private final Map<String, Reply> always = new ConcurrentHashMap<>();
  private volatile CountDownLatch hangs = new CountDownLatch(1);
  private final JsonMapper json = JsonMapper.builder().build();

  private WebhookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.setExecutor(Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "webhook-receiver");
      thread.setDaemon(true);
      return thread;
    }));
    server.createContext("/", this::handle);
    server.start();
  }

  /** The receiver of this JVM, started on first use. */
  public static synchronized WebhookReceiver shared() {
    if (shared == null) {
      try {
        shared = new WebhookReceiver();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the test webhook receiver", e);
      }
    }
    return shared;
  }

  /** Its port on 127.0.0.1. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Answers the next requests for this alert at this path with these replies, in order; afterwards 200. */
  public void script(String path, String alertId, Reply... replies) {
    scripts.put(key(path, alertId), new ArrayDeque<>(List.of(replies)));
  }

  /** Answers every request for this alert at this path with this reply (until scripted otherwise). */
  public void always(String path, String alertId, Reply reply) {
    scripts.remove(key(path, alertId));
    always.put(key(path, alertId), reply);
  }

  /** Requests hanging now answer at once (503), as do later ones scripted to hang, until the next test. */
  public void releaseHangs() {
    hangs.countDown();
  }

  /** Forgets the scripts of earlier tests and lets hangs hang again. */
  public void reset() {
    releaseHangs();
    scripts.clear();
    always.clear();
    hangs = new CountDownLatch(1);
  }

  /** The requests received for this alert at this path, in order of arrival. */
  public List<Request> received(String path, String alertId) {
    return requests.stream().filter(r -> r.path().equals(path) && alertId.equals(r.alertId())).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange; InputStream in = exchange.getRequestBody()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String alertId = alertId(body);
      Map<String, String> headers = exchange.getRequestHeaders().entrySet().stream()
          .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), e -> e.getValue().get(0), (a, b) -> a));
      String path = exchange.getRequestURI().getPath();
      requests.add(new Request(path, exchange.getRequestMethod(), headers, body, alertId, Instant.now()));
      Reply reply = reply(path, alertId);
      if (reply.hangs()) {
        CountDownLatch release = hangs;
        try {
          release.await(HANG_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        answer(exchange, 503, "released");
        return;
      }
      answer(exchange, reply.status(), reply.status() < 300 ? "ok" : "refused by the test receiver");
    }
  }

  private Reply reply(String path, String alertId) {
    String key = key(path, alertId);
    Deque<Reply> scripted = scripts.get(key);
    if (scripted != null) {
      synchronized (scripted) {
        if (!scripted.isEmpty()) {
          return scripted.poll();
        }
      }
    }
    return always.getOrDefault(key, Reply.status(200));
  }

  private static void answer(HttpExchange exchange, int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try {
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
    } catch (IOException e) {
      // the client gave up (timed out) before the answer: nothing to do
    }
  }

  private String alertId(String body) {
    try {
      JsonNode node = json.readTree(body);
      return node.path("alertId").asString(null);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String key(String path, String alertId) {
    return path + "|" + alertId;
  }

  /**
   * One request received.
   *
   * @param path the request path (the endpoint)
   * @param method the HTTP method
   * @param headers the headers, names in lower case (first value)
   * @param body the body as text
   * @param alertId the body's alertId, if it is JSON with one
   * @param at when it arrived
   */
  public record Request(String path, String method, Map<String, String> headers, String body, String alertId,
      Instant at) {

    /** A header's value, by case-insensitive name; null when absent. */
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /**
   * How the receiver answers one request.
   *
   * @param status the HTTP status
   * @param hangs whether it answers only when released (longer than any request timeout)
   */
  public record Reply(int status, boolean hangs) {

    /** Answer at once with this status. */
    public static Reply status(int status) {
      return new Reply(status, false);
    }

    /** Answer only when the test releases hangs. */
    public static Reply hang() {
      return new Reply(503, true);
    }
  }

  /** Starts the receiver before the shared context and hands its port to the context as {@value #PORT_PROPERTY}. */
  public static class Port implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      TestPropertyValues.of(PORT_PROPERTY + "=" + shared().port()).applyTo(context);
    }
  }
}
