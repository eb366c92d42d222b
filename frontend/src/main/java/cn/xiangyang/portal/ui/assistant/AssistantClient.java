package cn.xiangyang.portal.ui.assistant;

import cn.xiangyang.portal.ui.api.AssistantAnswer;
import cn.xiangyang.portal.ui.api.AssistantCitation;
import cn.xiangyang.portal.ui.api.AssistantFact;
import cn.xiangyang.portal.ui.api.AssistantUnansweredReport;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendProperties;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.ClientAddress;
import cn.xiangyang.portal.ui.shell.Problem;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The backend's assistant API. Every method throws {@link BackendProblem} when the backend refuses the
 * request (4xx with its problem detail; 429 with {@code retryAfter}) and {@link BackendUnavailable} when
 * it cannot answer, fails, or stops sending in the middle of an answer.
 */
@Component
public class AssistantClient {

  private static final Logger log = LoggerFactory.getLogger(AssistantClient.class);

  private final RestClient backend;
  private final BackendProperties properties;
  private final HttpClient http;
  private final JsonMapper json = JsonMapper.builder().build();
  private final Duration idleTimeout;

  @Autowired
  AssistantClient(RestClient backend, BackendProperties properties) {
    // An answer may pause while the backend waits for a language model; the backend gives up on it
    // after its own timeout and falls back, so the stream may stay silent a little longer than a
    // reply.
    this(backend, properties, properties.readTimeout().multipliedBy(2));
  }

  AssistantClient(RestClient backend, BackendProperties properties, Duration idleTimeout) {
    this.backend = backend;
    this.properties = properties;
    this.idleTimeout = idleTimeout;
    this.http = HttpClient.newBuilder()
        .connectTimeout(properties.connectTimeout())
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Started(UUID id) {}

  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
  record Question(String text, java.util.Map<String, String> facts) {}

  record Feedback(boolean helpful, @Nullable String reason) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Words(List<String> words) {
    Words {
      words = words == null ? List.of() : List.copyOf(words);
    }
  }

  /** Starts a conversation; the backend keeps it, with its last turns, for 24 hours. */
  public UUID startConversation(@Nullable String token) {
    RestClient.RequestBodySpec request = backend
        .post()
        .uri("/api/v1/assistant/conversations")
        .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
    bearer(request, token);
    return Objects.requireNonNull(request.retrieve().body(Started.class), "empty conversation body")
        .id();
  }

  /**
   * Asks a question and hands the answer to {@code listener} as it streams in, on the calling thread
   * (which it blocks until the answer is complete, the listener cancels, or the backend stops sending
   * for longer than the idle timeout).
   *
   * @param token the signed-in person's token, so that their account's limit applies; {@code null} for visitors
   * @throws BackendProblem 400 for an empty or too long question, 404 when the conversation has expired,
   *     429 with {@code retryAfter} when questions come too often
   * @throws BackendUnavailable when the backend cannot be reached, fails, or the stream ends before the answer
   */
  public void ask(
      UUID conversationId, String question, @Nullable String token, AnswerListener listener) {
    ask(conversationId, question, java.util.Map.of(), token, listener);
  }

  /**
   * As {@link #ask(UUID, String, String, AnswerListener)}, with the facts the person corrected
   * ({@link AssistantFact#key()} → value): the backend reads {@code question} again with them in place.
   */
  public void ask(
      UUID conversationId,
      String question,
      java.util.Map<String, String> facts,
      @Nullable String token,
      AnswerListener listener) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(properties.backendUrl()
            + "/api/v1/assistant/conversations/" + conversationId + "/messages"))
        .timeout(properties.readTimeout())
        .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
        .header(
            HttpHeaders.ACCEPT,
            MediaType.TEXT_EVENT_STREAM_VALUE + ", " + MediaType.APPLICATION_PROBLEM_JSON_VALUE)
        .POST(HttpRequest.BodyPublishers.ofString(
            json.writeValueAsString(new Question(question, facts))));
    if (token != null) {
      request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }
    String visitor = ClientAddress.current();
    if (visitor != null) {
      request.header(ClientAddress.HEADER, visitor);
      if (ClientAddress.PROXY_KEY != null) {
        request.header(ClientAddress.PROXY_KEY_HEADER, ClientAddress.PROXY_KEY);
      }
    }
    HttpResponse<InputStream> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      log.warn("backend unreachable: POST assistant message: {}", e.toString());
      throw new BackendUnavailable("backend unreachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackendUnavailable("interrupted", e);
    }
    try (InputStream body = response.body()) {
      int status = response.statusCode();
      if (status >= 500 || status < 200 || status >= 300 && status < 400) {
        log.warn("backend failed: POST assistant message -> {}", status);
        throw new BackendUnavailable("backend answered " + status);
      }
      if (status >= 400) {
        throw problem(
            status, body, response.headers().firstValue(HttpHeaders.RETRY_AFTER).orElse(null));
      }
      String type = response.headers().firstValue(HttpHeaders.CONTENT_TYPE).orElse("");
      if (type.startsWith(MediaType.APPLICATION_JSON_VALUE)) {
        // A proxy or an older backend may answer in one piece: show it as one delta.
        AssistantAnswer whole = json.readValue(body, AssistantAnswer.class);
        listener.onDelta(whole.text());
        whole.citations().forEach(listener::onCitation);
        listener.onDone(whole);
        return;
      }
      stream(body, listener);
    } catch (IOException | JacksonException e) {
      if (listener.cancelled()) {
        return;
      }
      log.warn("answer stream broken: {}", e.toString());
      throw new BackendUnavailable("answer stream broken", e);
    }
  }

  private void stream(InputStream body, AnswerListener listener) throws IOException {
    AtomicLong lastEvent = new AtomicLong(System.nanoTime());
    AtomicBoolean done = new AtomicBoolean();
    AtomicBoolean timedOut = new AtomicBoolean();
    Thread reader = Thread.currentThread();
    // The JDK client has no read timeout for a body being streamed: a watchdog ends a stalled or
    // abandoned stream by interrupting the read.
    Thread watchdog = Thread.ofVirtual().name("assistant-stream-watchdog").start(() -> {
      try {
        while (!done.get()) {
          Thread.sleep(250);
          boolean idle = System.nanoTime() - lastEvent.get() > idleTimeout.toNanos();
          if (idle || listener.cancelled()) {
            timedOut.set(idle);
            reader.interrupt();
            body.close();
            return;
          }
        }
      } catch (InterruptedException | IOException ended) {
        // the answer is complete
      }
    });
    AtomicReference<@Nullable AssistantAnswer> answer = new AtomicReference<>();
    try {
      EventStream.read(
          new InputStreamReader(body, StandardCharsets.UTF_8),
          event -> {
            lastEvent.set(System.nanoTime());
            switch (event.name()) {
              case "ack" -> {
                Ack ack = json.readValue(event.data(), Ack.class);
                List<String> issues = ack.lookingUp();
                listener.onAck(ack.text(), issues == null ? List.of() : issues);
              }
              case "queue" -> {
                Queued queued = json.readValue(event.data(), Queued.class);
                listener.onQueue(queued.position(), queued.text());
              }
              case "delta" ->
                listener.onDelta(json.readValue(event.data(), Delta.class).text());
              case "citation" ->
                listener.onCitation(json.readValue(event.data(), AssistantCitation.class));
              case "done" -> {
                AssistantAnswer complete = json.readValue(event.data(), AssistantAnswer.class);
                answer.set(complete);
                listener.onDone(complete);
              }
              default -> log.debug("unknown assistant event {}", event.name());
            }
          },
          () -> answer.get() != null || listener.cancelled());
    } finally {
      done.set(true);
      watchdog.interrupt();
      Thread.interrupted();
    }
    if (answer.get() == null && !listener.cancelled()) {
      log.warn("answer stream ended without an answer{}", timedOut.get() ? " (idle timeout)" : "");
      throw new BackendUnavailable("answer stream ended early");
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Delta(String text) {}

  /** The backend's {@code ack} event: a sentence and the issues being looked up. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Ack(String text, @Nullable List<String> lookingUp) {}

  /** The backend's {@code queue} event: the place in line (1 = next) and a sentence saying so. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Queued(long position, String text) {}

  /**
   * Rates an answer; a second rating of the same answer replaces the first.
   *
   * @throws BackendProblem 404 when the answer is unknown, 400 when the reason is longer than 500 characters
   */
  public void feedback(UUID messageId, boolean helpful, @Nullable String reason) {
    backend
        .post()
        .uri("/api/v1/assistant/messages/{id}/feedback", messageId)
        .contentType(MediaType.APPLICATION_JSON)
        .body(new Feedback(helpful, reason))
        .retrieve()
        .toBodilessEntity();
  }

  /** The sensitive-word list (staff only: 401/403 otherwise). */
  public List<String> sensitiveWords(String token) {
    return Objects.requireNonNull(
            backend
                .get()
                .uri("/api/v1/staff/assistant/sensitive-words")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .retrieve()
                .body(Words.class),
            "empty words body")
        .words();
  }

  /** Replaces the sensitive-word list and returns it as the backend keeps it (trimmed, without duplicates). */
  public List<String> replaceSensitiveWords(String token, List<String> words) {
    return Objects.requireNonNull(
            backend
                .put()
                .uri("/api/v1/staff/assistant/sensitive-words")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .body(new Words(words))
                .retrieve()
                .body(Words.class),
            "empty words body")
        .words();
  }

  /** Unanswered and down-voted questions by topic, at most {@code limit} questions (staff only). */
  public AssistantUnansweredReport unanswered(String token, int limit) {
    return Objects.requireNonNull(
        backend
            .get()
            .uri("/api/v1/staff/assistant/unanswered?limit={limit}", limit)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
            .retrieve()
            .body(AssistantUnansweredReport.class),
        "empty report body");
  }

  /** The same questions as a CSV file for Excel (UTF-8 with a byte-order mark), as the backend writes it. */
  public byte[] unansweredCsv(String token) {
    byte[] csv = backend
        .get()
        .uri("/api/v1/staff/assistant/unanswered.csv")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .accept(MediaType.parseMediaType("text/csv"), MediaType.APPLICATION_PROBLEM_JSON)
        .retrieve()
        .body(byte[].class);
    return csv == null ? new byte[0] : csv;
  }

  private static void bearer(RestClient.RequestHeadersSpec<?> request, @Nullable String token) {
    if (token != null) {
      request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }
  }

  private BackendProblem problem(int status, InputStream body, @Nullable String retryAfter) {
    Problem problem;
    try {
      Problem sent = json.readValue(body, Problem.class);
      problem = new Problem(sent.type(), sent.title(), status, sent.detail(), sent.errors());
    } catch (JacksonException | IllegalArgumentException e) {
      problem = new Problem(null, null, status, null, List.of());
    }
    @Nullable Duration wait = null;
    if (retryAfter != null) {
      try {
        wait = Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.trim())));
      } catch (NumberFormatException notSeconds) {
        // the backend sends seconds; an HTTP date from a proxy is left to the generic message
      }
    }
    return new BackendProblem(problem, wait);
  }
}
