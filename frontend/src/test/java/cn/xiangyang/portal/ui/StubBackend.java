package cn.xiangyang.portal.ui;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * A stand-in for the backend in UI tests only: a real HTTP server on a loopback port that answers each
 * {@code METHOD /path} with a canned response and records what it was sent. One per JVM, so that every
 * test class shares one Spring context.
 */
public final class StubBackend {

  /** A canned answer; {@code hangUp} closes the connection without answering, like a crashed server. */
  public record Answer(
      int status,
      @Nullable String contentType,
      String body,
      Map<String, String> headers,
      boolean hangUp) {}

  /** A request as the backend received it. */
  public record Received(
      String method, String path, Map<String, List<String>> headers, String body) {

    public @Nullable String header(String name) {
      return headers.entrySet().stream()
          .filter(entry -> entry.getKey().equalsIgnoreCase(name))
          .map(entry -> entry.getValue().getFirst())
          .findFirst()
          .orElse(null);
    }
  }

  private static final StubBackend INSTANCE = new StubBackend();

  private final HttpServer server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();

  private StubBackend() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  public static StubBackend instance() {
    return INSTANCE;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public void reset() {
    answers.clear();
    received.clear();
  }

  public StubBackend json(String method, String path, int status, String body) {
    answers.put(method + " " + path, new Answer(status, "application/json", body, Map.of(), false));
    return this;
  }

  public StubBackend problem(
      String method, String path, int status, String body, Map<String, String> headers) {
    answers.put(
        method + " " + path, new Answer(status, "application/problem+json", body, headers, false));
    return this;
  }

  /** Answers with a whole {@code text/event-stream} body, as a stream that has already been written. */
  public StubBackend eventStream(String method, String path, String body) {
    answers.put(method + " " + path, new Answer(200, "text/event-stream", body, Map.of(), false));
    return this;
  }

  public StubBackend noContent(String method, String path) {
    answers.put(method + " " + path, new Answer(204, null, "", Map.of(), false));
    return this;
  }

  public StubBackend hangUp(String method, String path) {
    answers.put(method + " " + path, new Answer(0, null, "", Map.of(), true));
    return this;
  }

  /** The hearings live feed: one stream the application keeps open (and reopens) in the background, whatever the page. */
  static final String LIVE_FEED = "/api/v1/hearings/stream";

  /**
   * The requests the pages sent, in order. The live feed's background stream is left out: it is opened once
   * a page with the live badge was shown by any earlier test and reconnects on its own, so it is no request
   * of the page under test (it made {@code LoginViewTests.emptyFieldsAreNotSent} fail now and then).
   */
  public List<Received> received() {
    return received.stream().filter(r -> !r.path().equals(LIVE_FEED)).toList();
  }

  public List<Received> received(String method, String path) {
    return received.stream()
        .filter(r -> r.method().equals(method) && r.path().equals(path))
        .toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    received.add(new Received(method, path, Map.copyOf(exchange.getRequestHeaders()), body));
    Answer answer = answers.get(method + " " + path);
    if (answer == null) {
      answer = new Answer(
          404,
          "application/problem+json",
          "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"stub has no answer\"}",
          Map.of(),
          false);
    }
    if (answer.hangUp()) {
      exchange.close();
      return;
    }
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    if (answer.contentType() != null) {
      exchange.getResponseHeaders().add("Content-Type", answer.contentType());
    }
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
