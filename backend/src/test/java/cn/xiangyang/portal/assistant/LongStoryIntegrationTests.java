package cn.xiangyang.portal.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.TestServices;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A worker's whole story, as long as people write it (600–1,000 characters, up to 3,000): the assistant reads
 * all of it, finds every issue it raises and computes from its numbers; one character more than 3,000 is a 400
 * that says how long a question may be.
 */
@IntegrationTest
class LongStoryIntegrationTests extends IntegrationTestBase {

  /** Written for this test in a migrant worker's words; 2026 dates so that the story does not move with the clock. */
  static final String STORY = """
      我叫老周，今年46岁，枣阳人，在外面打工二十多年了。2026年3月1号经老乡介绍进了襄阳恒通汽配有限公司，在樊城区，做汽车配件的。
      进厂的时候说好了月工资5200，包住不包吃，每天早上8点上班到晚上8点，中午休息一个小时，一个月休两天。
      进厂快一个月的时候人事拿了一份合同给我们，上面写的工资是当地最低工资，我问了一句，人事说签不签随便，后来就一直没签，到现在我手上也没有任何书面合同。
      工资一开始是每个月15号发上个月的，6月份开始就拖了，说是厂里资金周转不过来，让我们再等等。7月和8月两个月的工资到现在一分钱都没发，我问了好几次，车间主任都说快了快了。
      2026年9月5号那天我又去办公室问工资，老板当着大家的面说你要是嫌慢就别干了，明天别来了。第二天我去上班，门卫就不让我进厂了，说是上面交代的。我的工牌、宿舍的东西都还在里面。
      厂里也从来没给我们交过社保，说是工资里面已经包含了。我手上有几张工资条的照片，还有和车间主任的微信聊天记录，里面他承认欠我们两个月工资，还有几个一起干活的老乡可以作证。
      现在我想问一下，像我这种情况，厂里欠的工资能要回来吗？没签合同是不是可以要双倍工资？老板一句话就把我开了，算不算违法辞退，能赔多少钱？
      我应该去哪里申请，要花钱吗？我不太会写字，能不能在网上申请？""";

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
  void aWholeStoryIsReadAndEveryIssueInItAnswered() {
    assertThat(STORY.length()).isGreaterThan(500);
    Map<String, Object> answer = assistant.ask(assistant.start(), STORY);
    String text = answer.get("text").toString();
    assertThat(text)
        .contains("2026年3月1日入职", "没签书面劳动合同", "月工资 5200 元", "被拖欠 2 个月工资", "被单位辞退", "襄阳恒通汽配有限公司");
    // every issue of the story, each with its amount computed by hand:
    // wages owed: 5,200 × 2 = 10,400
    assertThat(text).contains("拖欠、克扣工资", "月工资 5200 元 × 2 个月 = 10400 元");
    // dismissed on 2026-09-05 after 6 months and 5 days: N = 1 (第四十七条: 六个月以上不满一年的，按一年计算), damages 2
    // × 5,200 × 1
    assertThat(text).contains("被辞退是否合法", "10400.00 元");
    // double wages from 2026-04-01 (the day after the first month) to the last day, 2026-09-05 —
    // not to today:
    // 5 months (Apr–Aug) + 4 working days (1–4 Sep; 5 Sep is a Saturday) = 5,200 × 5 + 5,200 /
    // 21.75 × 4 = 26,956.32
    assertThat(text).contains("未签书面劳动合同的二倍工资", "26956.32");
    assertThat(text).contains("社会保险");
    assertThat(text).doesNotContain("截止到今天");
  }

  @Test
  void storiesUpTo3000CharactersAreTakenAndLongerOnesToldHowLongTheyMayBe() {
    String conversation = assistant.start();
    String page = (STORY.repeat(6)).substring(0, 3000);
    assertThat(assistant.ask(conversation, page).get("text").toString()).contains("拖欠、克扣工资");
    http.post()
        .uri("/api/v1/assistant/conversations/{id}/messages", conversation)
        .bodyValue(Map.of("text", page + "。"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("过长", "3000"));
  }
}
