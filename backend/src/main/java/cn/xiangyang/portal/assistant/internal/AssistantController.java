package cn.xiangyang.portal.assistant.internal;

import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.assistant.Answer;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The public assistant API: start a conversation, ask (answered as Server-Sent Events, or as one JSON body
 * with {@code Accept: application/json}), and rate an answer. No login needed; a signed-in person's
 * questions also count against their account's limit.
 */
@RestController
@RequestMapping("/api/v1/assistant")
class AssistantController {

  private final Assistant assistant;
  private final AnswerLog answers;

  AssistantController(Assistant assistant, AnswerLog answers) {
    this.assistant = assistant;
    this.answers = answers;
  }

  /**
   * A question; {@code facts} corrects facts the previous answer understood ({@link cn.xiangyang.portal.assistant.Fact}
   * keys and values): the text is read again with them in place of what its words were taken to say.
   */
  record Question(@Nullable String text, @Nullable Map<String, String> facts) {}

  record Feedback(@Nullable Boolean helpful, @Nullable String reason) {}

  record Started(UUID id) {}

  @PostMapping("/conversations")
  Mono<ResponseEntity<Started>> start() {
    return assistant
        .startConversation()
        .map(id -> ResponseEntity.created(URI.create("/api/v1/assistant/conversations/" + id))
            .body(new Started(id)));
  }

  /**
   * Answers a question: an {@code ack} event at once (what is being looked up), {@code queue} events while the
   * answer waits its turn in a burst ({@code position} and "人多，请稍等"), then {@code delta}, {@code citation} and a
   * final {@code done} event, or with
   * {@code Accept: application/json} (and no {@code text/event-stream}) the {@code done} body alone.
   */
  @PostMapping("/conversations/{id}/messages")
  @ApiResponse(
      responseCode = "200",
      description =
          "the answer: a stream of events whose done event is the Answer, or the Answer alone",
      content = {
        @Content(mediaType = "*/*", schema = @Schema(type = "object")),
        @Content(mediaType = "application/json", schema = @Schema(implementation = Answer.class))
      })
  Mono<ResponseEntity<?>> ask(
      @PathVariable UUID id,
      @RequestBody Question question,
      @AuthenticationPrincipal @Nullable PortalUser user,
      ServerWebExchange exchange) {
    String client = clientAddress(exchange);
    if (wantsJson(exchange)) {
      return assistant
          .askWhole(id, question.text(), question.facts(), client, user)
          .map(answer ->
              ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer));
    }
    return assistant
        .ask(id, question.text(), question.facts(), client, user)
        .map(events -> ResponseEntity.ok()
            .contentType(MediaType.TEXT_EVENT_STREAM)
            .header(HttpHeaders.CACHE_CONTROL, "no-cache")
            .header("X-Accel-Buffering", "no")
            .body(events.map(AssistantController::sse)));
  }

  @PostMapping("/messages/{messageId}/feedback")
  Mono<ResponseEntity<Void>> feedback(
      @PathVariable UUID messageId, @RequestBody Feedback feedback) {
    if (feedback.helpful() == null) {
      return Mono.error(
          new AssistantProblems.QuestionInvalid("请说明这条回答是否有帮助（helpful 为 true 或 false）。"));
    }
    String reason = feedback.reason() == null || feedback.reason().isBlank()
        ? null
        : feedback.reason().strip();
    if (reason != null && reason.length() > 500) {
      return Mono.error(new AssistantProblems.QuestionInvalid("意见最多 500 字。"));
    }
    return answers
        .feedback(messageId, feedback.helpful(), reason == null ? null : PersonalData.mask(reason))
        .thenReturn(ResponseEntity.status(HttpStatus.NO_CONTENT).<Void>build());
  }

  private static ServerSentEvent<Object> sse(AnswerEvent event) {
    Object data = switch (event) {
      case AnswerEvent.Ack a -> Map.of("text", a.text(), "lookingUp", a.lookingUp());
      case AnswerEvent.Queued q -> q.place();
      case AnswerEvent.Delta d -> Map.of("text", d.text());
      case AnswerEvent.Cited c -> c.citation();
      case AnswerEvent.Done d -> d.answer();
    };
    return ServerSentEvent.builder(data).event(event.name()).build();
  }

  private static boolean wantsJson(ServerWebExchange exchange) {
    var accepted = exchange.getRequest().getHeaders().getAccept();
    boolean json = accepted.stream()
        .anyMatch(t -> t.isCompatibleWith(MediaType.APPLICATION_JSON) && !t.isWildcardType());
    boolean sse = accepted.stream()
        .anyMatch(t -> t.isCompatibleWith(MediaType.TEXT_EVENT_STREAM) && !t.isWildcardType());
    return json && !sse;
  }

  private static String clientAddress(ServerWebExchange exchange) {
    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
    return remote == null || remote.getAddress() == null
        ? "unknown"
        : remote.getAddress().getHostAddress();
  }
}
