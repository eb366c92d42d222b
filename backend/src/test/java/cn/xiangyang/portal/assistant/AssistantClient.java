package cn.xiangyang.portal.assistant;

import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/** Calls the assistant API the way clients do. */
public record AssistantClient(WebTestClient http) {

  public String start() {
    return http.post()
        .uri("/api/v1/assistant/conversations")
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody()
        .get("id")
        .toString();
  }

  /** The whole answer as JSON. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> ask(String conversation, String text) {
    return http.post()
        .uri("/api/v1/assistant/conversations/{id}/messages", conversation)
        .accept(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("text", text))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  /** The whole answer as JSON to {@code text} with the facts the person corrected. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> ask(String conversation, String text, Map<String, String> facts) {
    return http.post()
        .uri("/api/v1/assistant/conversations/{id}/messages", conversation)
        .accept(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("text", text, "facts", facts))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }

  /** The answer as its stream of server-sent events. */
  public Flux<ServerSentEvent<Map<String, Object>>> stream(String conversation, String text) {
    return http.post()
        .uri("/api/v1/assistant/conversations/{id}/messages", conversation)
        .accept(MediaType.TEXT_EVENT_STREAM)
        .bodyValue(Map.of("text", text))
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
        .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {})
        .getResponseBody();
  }

  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> citations(Map<String, Object> answer) {
    return (List<Map<String, Object>>) answer.get("citations");
  }

  public static List<String> cited(Map<String, Object> answer) {
    return citations(answer).stream()
        .map(c -> "article".equals(c.get("type"))
            ? c.get("lawId") + "#" + c.get("article")
            : c.get("type") + ":" + c.get("id"))
        .toList();
  }
}
