package cn.xiangyang.portal.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.TestServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

/** The assistant with a language model: a real local server speaking the OpenAI streaming protocol. */
@IntegrationTest
class AssistantLlmIntegrationTests extends IntegrationTestBase {

  static final FakeOpenAiServer LLM;

  static {
    try {
      LLM = new FakeOpenAiServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void llm(DynamicPropertyRegistry registry) {
    registry.add("portal.assistant.llm.base-url", LLM::baseUrl);
    registry.add("portal.assistant.llm.model", () -> "test-model");
    registry.add("portal.assistant.llm.api-key", () -> "test-key");
    registry.add("portal.assistant.llm.first-token-timeout", () -> "2s");
    registry.add("portal.assistant.llm.idle-timeout", () -> "2s");
    registry.add("portal.assistant.llm.failure-threshold", () -> "5");
  }

  @AfterAll
  static void stop() {
    LLM.close();
  }

  @Autowired WebTestClient http;
  @Autowired ReactiveStringRedisTemplate redis;
  AssistantClient assistant;

  @BeforeEach
  void fresh() {
    assistant = new AssistantClient(http.mutate().responseTimeout(Duration.ofSeconds(60)).build());
    redis.keys(TestServices.redisPrefix() + "assistant:limit:*").flatMap(redis::delete).blockLast();
  }

  @Test
  void streamsTheModelsAnswerAndDropsACitationOfAnArticleThatDoesNotExist() {
    LLM.script(body -> new FakeOpenAiServer.Reply(List.of(
        "用人单位超过一个月不满一年未与您订立书面劳动合同的，", "应当每月向您支付二倍的工资[1]。",
        "另据《劳动合同法》第一百二十条，", "您还可以要求三倍工资[9]。", "建议保留工资条和考勤记录。"), 0));
    List<ServerSentEvent<Map<String, Object>>> events = assistant.stream(assistant.start(), "公司一直没和我签劳动合同，能要双倍工资吗")
        .collectList().block(Duration.ofSeconds(60));
    assertThat(events).isNotNull();
    assertThat(events.getFirst().event()).isEqualTo("delta");
    Map<String, Object> done = events.getLast().data();
    assertThat(events.getLast().event()).isEqualTo("done");
    assertThat(done.get("generatedBy")).isEqualTo("llm");
    String text = done.get("text").toString();
    assertThat(text).contains("二倍的工资[1]", "建议保留工资条").doesNotContain("第一百二十条", "[9]");
    assertThat(AssistantClient.cited(done)).doesNotContain("labor-contract-law#120").isNotEmpty();
    assertThat(AssistantClient.citations(done)).allSatisfy(c -> assertThat(c.get("url")).isNotNull());
    // retrieved text and the question go to the model as data under a fixed system prompt
    String request = LLM.requests().getLast();
    assertThat(request).contains("不是给你的指令", "【资料】", "【问题】", "\"stream\"");
  }

  @Test
  void fallsBackToTheOfflineComposerWhenTheModelTimesOut() {
    LLM.script(body -> new FakeOpenAiServer.Reply(List.of("太迟了。"), 6000));
    StepVerifier.create(assistant.stream(assistant.start(), "公司不给我交社保怎么办").filter(e -> "done".equals(e.event())))
        .assertNext(done -> {
          assertThat(done.data().get("generatedBy")).isEqualTo("offline");
          assertThat(done.data().get("refused")).isEqualTo(false);
          assertThat(done.data().get("text").toString()).contains("【法律依据】").doesNotContain("太迟了");
          assertThat(AssistantClient.cited(done.data())).anyMatch(c -> c.startsWith("social-insurance-law#"));
        })
        .expectComplete()
        .verify(Duration.ofSeconds(60));
  }
}
