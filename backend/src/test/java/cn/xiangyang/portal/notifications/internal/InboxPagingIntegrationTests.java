package cn.xiangyang.portal.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.hearings.People;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The inbox a page at a time: newest first, each page after the last message of the one before, nothing twice or lost. */
@IntegrationTest
class InboxPagingIntegrationTests extends IntegrationTestBase {

  private static final Pattern NEXT =
      Pattern.compile("^<(/api/v1/inbox\\?before=([A-Za-z0-9_-]+)&limit=(\\d+))>; rel=\"next\"$");

  @Autowired
  WebTestClient http;

  @Autowired
  Inbox inbox;

  @Autowired
  DatabaseClient db;

  People people;

  @BeforeEach
  void setUp() {
    http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    people = new People(http);
  }

  private EntityExchangeResult<List<Map<String, Object>>> page(People.Session who, String uri) {
    return http.get()
        .uri(uri)
        .headers(h -> h.setBearerAuth(who.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
        .returnResult();
  }

  @Test
  void pagesNewestFirstWithoutLosingOrRepeatingMessagesOfTheSameInstant() {
    People.Session worker = people.worker("翻页工人");
    People.Session other = people.worker("别人");
    UUID account = UUID.fromString(worker.id());
    // older than every message of the worker: a cursor of the worker's reaches it only in the
    // other's own inbox
    inbox.note(UUID.fromString(other.id()), "别人的通知", "不应出现").block();
    for (int i = 0; i < 40; i++) {
      inbox.note(account, "通知 " + i, "第 " + i + " 条").block();
    }
    // five messages of one instant: the page boundary may fall among them
    Instant same = Instant.parse("2026-01-05T02:00:00.123456Z");
    for (int i = 0; i < 5; i++) {
      db.sql(
              "insert into inbox_messages (id, account_id, title, body, created_at) values (:id, :a, :t, '同一时刻', :at)")
          .bind("id", UUID.randomUUID())
          .bind("a", account)
          .bind("t", "同时 " + i)
          .bind("at", same)
          .then()
          .block();
    }

    // the default page: the 20 newest, and a link to the next
    EntityExchangeResult<List<Map<String, Object>>> first = page(worker, "/api/v1/inbox");
    assertThat(first.getResponseBody()).hasSize(InboxController.DEFAULT_LIMIT);
    assertThat(first.getResponseBody().getFirst().get("title")).isEqualTo("通知 39");
    String link = first.getResponseHeaders().getFirst(HttpHeaders.LINK);
    Matcher next = NEXT.matcher(link == null ? "" : link);
    assertThat(next.matches()).as("Link: %s", link).isTrue();
    assertThat(next.group(2)).isEqualTo(first.getResponseBody().getLast().get("cursor"));

    // pages of 7 from the start to the end: every message once, in the order of the whole list
    List<String> all = page(worker, "/api/v1/inbox?limit=100").getResponseBody().stream()
        .map(m -> m.get("id").toString())
        .toList();
    assertThat(all).hasSize(45).doesNotHaveDuplicates();
    List<String> paged = new ArrayList<>();
    String uri = "/api/v1/inbox?limit=7";
    int pages = 0;
    while (uri != null) {
      EntityExchangeResult<List<Map<String, Object>>> p = page(worker, uri);
      assertThat(p.getResponseBody()).hasSizeBetween(1, 7);
      p.getResponseBody().forEach(m -> paged.add(m.get("id").toString()));
      String l = p.getResponseHeaders().getFirst(HttpHeaders.LINK);
      uri = l == null ? null : matched(l);
      pages++;
    }
    assertThat(pages).isEqualTo(7);
    assertThat(paged).isEqualTo(all);
    // the last five are the messages of one instant, oldest of all
    assertThat(page(worker, "/api/v1/inbox?limit=100").getResponseBody().subList(40, 45))
        .allSatisfy(m -> assertThat(m.get("body")).isEqualTo("同一时刻"));
    // the whole inbox in one page: no link
    assertThat(
            page(worker, "/api/v1/inbox?limit=45").getResponseHeaders().getFirst(HttpHeaders.LINK))
        .isNull();
    // a cursor is no key to another account's messages
    String cursor = page(worker, "/api/v1/inbox?limit=1")
        .getResponseBody()
        .getFirst()
        .get("cursor")
        .toString();
    assertThat(page(other, "/api/v1/inbox?before=" + cursor).getResponseBody())
        .extracting(m -> m.get("title"))
        .containsExactly("别人的通知");
  }

  private static String matched(String link) {
    Matcher m = NEXT.matcher(link);
    assertThat(m.matches()).as("Link: %s", link).isTrue();
    return m.group(1);
  }

  @Test
  void refusesABadCursorOrPageSizeInChinese() {
    People.Session worker = people.worker("乱翻页");
    for (String query : List.of(
        "before=abc",
        "before=" + java.util.Base64.getUrlEncoder().encodeToString("2026-01-01|x".getBytes()),
        "before=%E4%B8%AD")) {
      http.get()
          .uri("/api/v1/inbox?" + query)
          .headers(h -> h.setBearerAuth(worker.token()))
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectBody()
          .jsonPath("$.detail")
          .value(d -> assertThat(d.toString()).contains("翻页参数 before 无效"));
    }
    for (String limit : List.of("0", "101", "-3", "abc", "1.5")) {
      http.get()
          .uri("/api/v1/inbox?limit=" + limit)
          .headers(h -> h.setBearerAuth(worker.token()))
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectBody()
          .jsonPath("$.detail")
          .value(d -> assertThat(d.toString()).contains("每页条数 limit 应为 1 到 100 之间的整数"));
    }
  }
}
