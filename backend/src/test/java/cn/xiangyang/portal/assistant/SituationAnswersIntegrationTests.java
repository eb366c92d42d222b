package cn.xiangyang.portal.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.TestServices;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The assistant answers the person's situation (offline): every issue of a story in its own block, amounts
 * from the person's numbers, the deadline from the facts, a questions for what is missing, and refusals
 * for questions outside labor law even when they share its words.
 */
@IntegrationTest
class SituationAnswersIntegrationTests extends IntegrationTestBase {

  @Autowired
  WebTestClient http;

  @Autowired
  ReactiveStringRedisTemplate redis;

  AssistantClient assistant;

  @BeforeEach
  void freshLimits() {
    assistant = new AssistantClient(
        http.mutate().responseTimeout(Duration.ofSeconds(60)).build());
    redis
        .keys(TestServices.redisPrefix() + "assistant:limit:*")
        .flatMap(redis::delete)
        .blockLast();
  }

  @Test
  void answersEveryIssueOfAStoryWithTheAmountsComputedFromItsNumbers() {
    Map<String, Object> answer =
        assistant.ask(assistant.start(), "在厂里干了8个月一直没签合同，老板还欠我两个月工资，一个月4000，我想辞职");
    String text = answer.get("text").toString();
    assertThat(answer.get("refused")).isEqualTo(false);
    assertThat(text).contains("我理解的情况", "没签书面劳动合同", "月工资 4000 元", "被拖欠 2 个月工资");
    // one block per issue, the money owed first
    assertThat(text.indexOf("拖欠、克扣工资")).isLessThan(text.indexOf("单位有过错时劳动者可以解除合同"));
    assertThat(text).contains("未签书面劳动合同的二倍工资", "经济补偿");
    // 4000 × 2 months of wages owed
    assertThat(text).contains("4000 元 × 2 个月 = 8000 元");
    assertThat(AssistantClient.cited(answer))
        .contains("labor-contract-law#30", "labor-contract-law#82", "labor-contract-law#38");
  }

  @Test
  void computesUnlawfulTerminationDamagesFromTheLengthOfServiceAndWage() {
    Map<String, Object> answer = assistant.ask(assistant.start(), "干了3年半，月薪3000，昨天老板让我明天别来了，什么都没给");
    String text = answer.get("text").toString();
    assertThat(text).contains("被单位辞退", "违法解除赔偿金约 24000");
    assertThat(AssistantClient.cited(answer)).contains("labor-contract-law#87");
    List<Map<String, Object>> actions = actions(answer);
    assertThat(actions).anySatisfy(a -> {
      assertThat(a.get("label")).isEqualTo("按这个情况申请");
      assertThat(a.get("url").toString())
          .contains("claim=UNLAWFUL_TERMINATION_DAMAGES", "amount=24000.00");
    });
  }

  @Test
  void aColloquialQuestionIsAnsweredNotRefused() {
    for (String question : List.of("干了活不给钱怎么办", "老板搞了我三个月的钱不给，咋整", "我要告老板，他欠我工资")) {
      Map<String, Object> answer = assistant.ask(assistant.start(), question);
      assertThat(answer.get("refused")).as(question).isEqualTo(false);
      assertThat(AssistantClient.cited(answer)).as(question).contains("labor-contract-law#30");
    }
  }

  @Test
  void asksForTheFactThatDecidesTheAnswerWithQuickReplies() {
    Map<String, Object> answer = assistant.ask(assistant.start(), "老板搞了我三个月的钱不给，咋整");
    assertThat(answer.get("text").toString()).contains("您现在已经离职了吗");
    @SuppressWarnings("unchecked")
    List<String> chips = (List<String>) answer.get("followUps");
    assertThat(chips).contains("我已经离职了", "我还在上班");
  }

  @Test
  void aReplyWithOnlyAFactKeepsThePreviousQuestionsIssues() {
    String conversation = assistant.start();
    assistant.ask(conversation, "老板搞了我三个月的钱不给，月薪3500");
    Map<String, Object> reply = assistant.ask(conversation, "我还在上班");
    String text = reply.get("text").toString();
    assertThat(text).contains("拖欠、克扣工资", "现在还在上班", "不受一年时效限制", "3500 元 × 3 个月 = 10500 元");
  }

  @Test
  void aNewQuestionStartsANewDiagnosisWithoutThePreviousTopic() {
    String conversation = assistant.start();
    assistant.ask(conversation, "在厂里干了8个月一直没签合同，月薪4000");
    Map<String, Object> next = assistant.ask(conversation, "年假公司不让休，能要钱吗");
    assertThat(next.get("text").toString()).contains("带薪年休假").doesNotContain("未签书面劳动合同的二倍工资");
  }

  @Test
  void refusesForeignLawFamilyAndCriminalQuestionsThatShareLaborWords() {
    for (String question : List.of("美国加州加班费怎么算", "我老婆要跟我离婚，我的工资卡在她手上", "被人打了报警后对方要判几年")) {
      Map<String, Object> answer = assistant.ask(assistant.start(), question);
      assertThat(answer.get("refused")).as(question).isEqualTo(true);
      assertThat(AssistantClient.cited(answer)).as(question).isEmpty();
    }
  }

  @Test
  void eachBlockQuotesOnlyArticlesOfItsOwnIssue() {
    Map<String, Object> answer =
        assistant.ask(assistant.start(), "老板昨天突然说让我明天别来了，什么都没给，我在这干了两年，月薪5000");
    // the dismissal story gets the dismissal articles, never the worker's own notice period or
    // non-compete
    assertThat(AssistantClient.cited(answer))
        .doesNotContain("labor-contract-law#37", "labor-contract-law#23", "labor-contract-law#90");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> actions(Map<String, Object> answer) {
    return (List<Map<String, Object>>) answer.get("actions");
  }
}
