package cn.xiangyang.portal.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.kb.ArticleRef;
import cn.xiangyang.portal.knowledge.KnowledgeLibrary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The calculators over HTTP against the real local-figures tables (seeded by the migrations). */
@IntegrationTest
class CalculatorsApiIntegrationTests extends IntegrationTestBase {

  @Autowired
  WebTestClient http;

  @Autowired
  KnowledgeLibrary library;

  @Autowired
  DatabaseClient db;

  private Map<String, Object> post(String name, String json) {
    Map<String, Object> body = http.post()
        .uri("/api/v1/calculators/" + name)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(json)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
        .returnResult()
        .getResponseBody();
    assertThat(body)
        .containsKeys(
            "amount", "currency", "formula", "steps", "assumptions", "citations", "figuresUsed");
    assertThat(body.get("currency")).isEqualTo("CNY");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> citations = (List<Map<String, Object>>) body.get("citations");
    assertThat(citations).isNotEmpty().allSatisfy(c -> {
      assertThat(library.corpus().article(new ArticleRef((String) c.get("lawId"), (Integer)
              c.get("article"))))
          .as("cited %s", c)
          .isPresent();
      assertThat((String) c.get("url"))
          .isEqualTo("/laws/" + c.get("lawId") + "#第" + c.get("article") + "条");
    });
    return body;
  }

  @Test
  void listsEveryCalculatorWithChineseTitleAndInputSchema() {
    List<Map<String, Object>> list = http.get()
        .uri("/api/v1/calculators")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
        .returnResult()
        .getResponseBody();
    assertThat(list)
        .extracting(m -> m.get("name"))
        .containsExactly(
            "economic-compensation",
            "unlawful-termination",
            "double-wages",
            "overtime-pay",
            "annual-leave-pay",
            "minimum-wage-check",
            "final-award");
    Map<String, List<String>> inputs = Map.of(
        "economic-compensation", List.of("start", "end", "monthlyWage", "area"),
        "unlawful-termination", List.of("start", "end", "monthlyWage", "area"),
        "double-wages", List.of("start", "end", "monthlyWage", "contractSignedOn"),
        "overtime-pay", List.of("monthlyWage", "weekdayHours", "restDayHours", "holidayHours"),
        "annual-leave-pay", List.of("monthlyWage", "unusedDays"),
        "minimum-wage-check", List.of("area", "month", "pay"),
        "final-award", List.of("claims", "area"));
    assertThat(list).allSatisfy(m -> {
      assertThat((String) m.get("title")).matches(".*\\p{IsHan}.*");
      assertThat((String) m.get("description")).matches(".*\\p{IsHan}.*");
      @SuppressWarnings("unchecked")
      Map<String, Object> schema = (Map<String, Object>) m.get("inputSchema");
      assertThat(schema).containsEntry("type", "object");
      @SuppressWarnings("unchecked")
      Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
      assertThat(properties).containsKeys(inputs.get(m.get("name")).toArray(String[]::new));
    });
  }

  @Test
  void theIssuesExamplesHoldOverHttp() {
    assertThat(post("economic-compensation", """
        {"start":"2022-01-01","end":"2025-07-01","monthlyWage":"3000"}""").get("amount")).isEqualTo("12000.00");
    assertThat(post("unlawful-termination", """
        {"start":"2022-01-01","end":"2025-07-01","monthlyWage":"3000.00"}""").get("amount")).isEqualTo("24000.00");
    assertThat(post("overtime-pay", """
        {"monthlyWage":"4350","weekdayHours":"10"}""").get("amount")).isEqualTo("375.00");
    assertThat(post("annual-leave-pay", """
        {"monthlyWage":"4350","unusedDays":5}""").get("amount")).isEqualTo("2000.00");
    Map<String, Object> doubleWages = post("double-wages", """
        {"start":"2025-01-01","end":"2025-08-31","monthlyWage":"5000"}""");
    assertThat(doubleWages.get("amount")).isEqualTo("35000.00");
    assertThat(doubleWages.get("steps").toString()).contains("2025-02-01 至 2025-08-31，共 7 个月");
  }

  @Test
  void minimumWageComesFromTheSeededStandardWithDateAndSource() {
    Map<String, Object> body = post("minimum-wage-check", """
        {"area":"xiangcheng","month":"2026-01","pay":"2300.00"}""");
    assertThat(body.get("amount")).isEqualTo("2400.00");
    assertThat(body.get("figuresUsed").toString())
        .contains("2025-12-01")
        .contains("鄂政办发〔2025〕44号")
        .contains("24.00");
    assertThat(body.get("parts").toString()).contains("低于最低工资标准");
  }

  @Test
  void anAreaOfUnknownTierGetsTheRangeNotAGuess() {
    Map<String, Object> check = post("minimum-wage-check", """
        {"area":"xiangzhou","month":"2026-01"}""");
    assertThat(check.get("amount")).isEqualTo("1970.00");
    assertThat(check.get("gaps").toString()).contains("1970.00 元到 2400.00 元");
    Map<String, Object> compensation = post("economic-compensation", """
        {"start":"2025-01-16","end":"2026-01-15","monthlyWage":"1500","area":"xiangzhou"}""");
    assertThat(compensation.get("amount")).isEqualTo("1970.00");
    assertThat(compensation.get("gaps").toString()).contains("襄州区属于最低工资的哪一档尚未核实");
  }

  @Test
  void finalAwardUsesTwelveMonthsOfTheAreasMinimumWage() {
    Map<String, Object> body = post("final-award", """
        {"area":"fancheng","on":"2026-01-10","claims":[{"category":"LABOR_REMUNERATION","amount":"28800.00"},{"category":"DAMAGES","amount":"28800.01"}]}""");
    assertThat(body.get("amount")).isEqualTo("28800.00");
    assertThat(body.get("parts").toString()).contains("可能是终局裁决").contains("不是终局裁决");
  }

  @Test
  void averageWageIsReadWhenRecordedAndCapsTheCompensation() {
    db.sql(
            "insert into local_average_wage (area, year, monthly, source, verified) values ('襄阳市', 2009, 2000.00, '测试：2009年数据', false)")
        .then()
        .block();
    try {
      Map<String, Object> body = post("economic-compensation", """
          {"start":"2010-01-01","end":"2010-12-31","monthlyWage":"9000"}""");
      assertThat(body.get("amount")).isEqualTo("6000.00");
      assertThat(body.get("figuresUsed").toString())
          .contains("襄阳市2009年职工月平均工资")
          .contains("2000.00");
    } finally {
      db.sql("delete from local_average_wage where year = 2009 and source = '测试：2009年数据'")
          .then()
          .block();
    }
    assertThat(post("economic-compensation", """
        {"start":"2010-01-01","end":"2010-12-31","monthlyWage":"9000"}""").get("gaps").toString()).contains("月平均工资尚未录入");
  }

  @Test
  void badInputsAreProblemsNamingTheField() {
    http.post()
        .uri("/api/v1/calculators/economic-compensation")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("""
            {"start":"2024-05-01","end":"2024-04-01","monthlyWage":"-1"}""")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[?(@.field=='end')].message")
        .value(m -> assertThat(m.toString()).contains("不能早于入职日期"))
        .jsonPath("$.errors[?(@.field=='monthlyWage')].message")
        .value(m -> assertThat(m.toString()).contains("负数"));
    http.post()
        .uri("/api/v1/calculators/double-wages")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("""
            {"start":"2099-01-01","end":"2099-02-01","monthlyWage":"5000"}""")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("start");
    http.post()
        .uri("/api/v1/calculators/overtime-pay")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("""
            {"monthlyWage":"四千","weekdayHours":"10","overtime":1}""")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[?(@.field=='monthlyWage')]")
        .exists()
        .jsonPath("$.errors[?(@.field=='overtime')]")
        .exists();
    http.post()
        .uri("/api/v1/calculators/minimum-wage-check")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("""
            {"area":"wuhan","month":"2026-01"}""")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("area");
    http.post()
        .uri("/api/v1/calculators/final-award")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("""
            {"area":"fancheng","claims":[{"category":"WAGES","amount":"1.001"}]}""")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[?(@.field=='claims[0].category')]")
        .exists()
        .jsonPath("$.errors[?(@.field=='claims[0].amount')]")
        .exists();
    http.post()
        .uri("/api/v1/calculators/lottery")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{}")
        .exchange()
        .expectStatus()
        .isNotFound();
  }
}
