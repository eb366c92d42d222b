package cn.xiangyang.portal.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.TestServices;
import cn.xiangyang.portal.accounts.ResidentIdNumber;
import cn.xiangyang.portal.accounts.TestSms;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The facts an answer understood come back as correctable facts; the story asked again with a corrected fact
 * is answered with it (its issues inferred again), a bad correction is a 400 naming it, and the application
 * the answer carries is accepted as it is by {@code POST /api/v1/filings}.
 */
@IntegrationTest
class FactCorrectionIntegrationTests extends IntegrationTestBase {

  private static final String STORY = "我在襄阳华宇机械有限公司上班，干了8个月一直没签合同，月薪4500，老板还欠我两个月工资，上个月让我别来了";

  @Autowired
  WebTestClient http;

  @Autowired
  ReactiveStringRedisTemplate redis;

  AssistantClient assistant;

  @BeforeEach
  void freshLimits() {
    http = http.mutate().responseTimeout(Duration.ofSeconds(60)).build();
    assistant = new AssistantClient(http);
    redis
        .keys(TestServices.redisPrefix() + "assistant:limit:*")
        .flatMap(redis::delete)
        .blockLast();
  }

  @Test
  void showsTheDecisiveFactsAsChipsAndAnswersAgainWithTheCorrectedOne() {
    String conversation = assistant.start();
    Map<String, Object> first = assistant.ask(conversation, STORY);
    assertThat(fact(first, "writtenContract"))
        .containsEntry("value", "false")
        .containsEntry("shown", "没签书面合同")
        .containsEntry("corrected", false);
    assertThat(options(fact(first, "writtenContract"))).contains("true", "false");
    assertThat(fact(first, "ending")).containsEntry("value", "DISMISSED");
    assertThat(fact(first, "monthlyWage")).containsEntry("value", "4500");
    assertThat(first.get("text").toString()).contains("未签书面劳动合同的二倍工资", "被辞退是否合法");

    // he did sign a contract, and he left on his own: no double wages, no unlawful dismissal
    Map<String, Object> corrected =
        assistant.ask(conversation, STORY, Map.of("writtenContract", "true", "ending", "RESIGNED"));
    String text = corrected.get("text").toString();
    assertThat(text)
        .contains("签了书面劳动合同", "自己辞职", "拖欠、克扣工资", "4500 元 × 2 个月 = 9000 元")
        .doesNotContain("未签书面劳动合同的二倍工资", "被辞退是否合法");
    assertThat(fact(corrected, "writtenContract"))
        .containsEntry("value", "true")
        .containsEntry("corrected", true);
    assertThat(fact(corrected, "ending"))
        .containsEntry("value", "RESIGNED")
        .containsEntry("corrected", true);
    assertThat(fact(corrected, "monthlyWage")).containsEntry("corrected", false);
  }

  @Test
  void asksForTheDecidingFactWithQuickReplyOptions() {
    Map<String, Object> answer = assistant.ask(assistant.start(), "老板搞了我三个月的钱不给，月薪3500，咋整");
    Map<String, Object> employed = fact(answer, "stillEmployed");
    assertThat(employed)
        .containsEntry("asked", true)
        .containsEntry("shown", "未说明")
        .doesNotContainKey("value");
    assertThat(employed.get("question").toString()).contains("您现在已经离职了吗");
    assertThat(options(employed)).containsExactly("false", "true");
  }

  @Test
  void refusesACorrectionItCannotUseNamingTheFact() {
    String conversation = assistant.start();
    for (Map<String, String> bad : List.of(
        Map.of("stillEmployed", "也许"), Map.of("salary", "4000"), Map.of("monthlyWage", "-1"))) {
      http.post()
          .uri("/api/v1/assistant/conversations/{id}/messages", conversation)
          .accept(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("text", STORY, "facts", bad))
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectHeader()
          .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.detail")
          .value(d -> assertThat(d.toString()).isNotBlank())
          .jsonPath("$.errors[0].field")
          .isEqualTo("facts." + bad.keySet().iterator().next());
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void theApplicationOfTheAnswerIsAFilingDraftAsItIs() {
    Map<String, Object> answer = assistant.ask(assistant.start(), STORY);
    Map<String, Object> application = (Map<String, Object>) answer.get("application");
    assertThat(application).isNotNull();
    assertThat((List<Map<String, Object>>) application.get("respondents"))
        .singleElement()
        .satisfies(r -> assertThat(r).containsEntry("name", "襄阳华宇机械有限公司"));
    List<Map<String, Object>> claims = (List<Map<String, Object>>) application.get("claims");
    assertThat(claims)
        .extracting(c -> c.get("type"))
        .containsExactly(
            "UNPAID_WAGES", "UNLAWFUL_TERMINATION_DAMAGES", "DOUBLE_WAGES_NO_CONTRACT");
    assertThat(claims.getFirst().get("amount").toString()).isEqualTo("9000.0");
    String facts = application.get("factsAndReasons").toString();
    assertThat(facts).contains("要素式", "未与申请人签订书面劳动合同", "月工资4500元", "拖欠申请人2个月工资", "《劳动合同法》第八十二条");

    String token = worker();
    Map<?, ?> draft = http.post()
        .uri("/api/v1/filings")
        .headers(h -> h.setBearerAuth(token))
        .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
        .bodyValue(application)
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
    Map<String, Object> saved = (Map<String, Object>) draft.get("application");
    assertThat((List<Map<String, Object>>) saved.get("claims"))
        .extracting(c -> c.get("type"))
        .containsExactly(
            "UNPAID_WAGES", "UNLAWFUL_TERMINATION_DAMAGES", "DOUBLE_WAGES_NO_CONTRACT");
    assertThat(saved.get("factsAndReasons")).isEqualTo(application.get("factsAndReasons"));
    assertThat(((Map<String, Object>) saved.get("employment")).get("writtenContract"))
        .isEqualTo(false);
  }

  @Test
  void anEmployersStoryGivesNoApplication() {
    Map<String, Object> answer =
        assistant.ask(assistant.start(), "我们公司有个员工干了两年，想辞退他，要给多少补偿，他月薪5000");
    assertThat(answer.get("application")).isNull();
    assertThat(fact(answer, "asker")).containsEntry("value", "EMPLOYER");
  }

  private String worker() {
    long n = System.nanoTime() % 100_000_000L;
    String phone = String.format("139%08d", n);
    String first17 = String.format("420602199003%02d%03d", 1 + (int) (n % 28), (int) (n % 1000));
    http.post()
        .uri("/api/v1/accounts/workers")
        .bodyValue(Map.of(
            "name",
            "刘建华",
            "phone",
            phone,
            "idNumber",
            first17 + ResidentIdNumber.checkCharacter(first17),
            "password",
            "secret2026",
            "smsCode",
            TestSms.code(http, phone, "REGISTER")))
        .exchange()
        .expectStatus()
        .isCreated();
    Map<?, ?> session = http.post()
        .uri("/api/v1/sessions")
        .bodyValue(Map.of("account", phone, "password", "secret2026"))
        .exchange()
        .expectStatus()
        .is2xxSuccessful()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
    return session.get("token").toString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> fact(Map<String, Object> answer, String key) {
    return ((List<Map<String, Object>>) answer.get("facts"))
        .stream()
            .filter(f -> key.equals(f.get("key")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no fact " + key + " in " + answer.get("facts")));
  }

  @SuppressWarnings("unchecked")
  private static List<String> options(Map<String, Object> fact) {
    return ((List<Map<String, Object>>) fact.get("options"))
        .stream().map(o -> o.get("value").toString()).toList();
  }
}
