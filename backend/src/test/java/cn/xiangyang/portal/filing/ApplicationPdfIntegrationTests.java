package cn.xiangyang.portal.filing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.IntegrationTest;
import cn.xiangyang.portal.IntegrationTestBase;
import cn.xiangyang.portal.accounts.ResidentIdNumber;
import cn.xiangyang.portal.filing.Parties.Session;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The application PDF carries every item of 劳动争议调解仲裁法 第二十八条 as filed: the text extracted from
 * the rendered PDF (PDFBox) is compared with the data sent, for the commission's copy (full ID number)
 * and the copy served on the employer (masked); no line starts with a punctuation mark.
 */
@IntegrationTest
class ApplicationPdfIntegrationTests extends IntegrationTestBase {

  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'
  };

  @Autowired
  WebTestClient http;

  Parties parties;

  @BeforeEach
  void setUp() {
    http = http.mutate()
        .responseTimeout(java.time.Duration.ofSeconds(60))
        .codecs(c -> c.defaultCodecs().maxInMemorySize(8 * 1024 * 1024))
        .build();
    parties = new Parties(http);
  }

  @Test
  void thePdfCarriesEveryRequiredItemAsFiledInBothCopies() throws Exception {
    String first17 = String.format(
        "42060219870615%03d", (int) (System.nanoTime() % 500) * 2 + 1); // odd 17th digit: a man
    String idNumber = first17 + ResidentIdNumber.checkCharacter(first17);
    Session worker = parties.worker("韩建国", idNumber);
    String code = Parties.creditCode();
    Session employer = parties.employer("襄阳某某精密机械有限公司", code);
    Session clerk = parties.staff("CLERK", "fancheng");
    LocalDate today = Parties.today();
    LocalDate from = today.minusMonths(4).withDayOfMonth(1);
    LocalDate to = today.minusMonths(1).withDayOfMonth(1).minusDays(1);
    Map<String, Object> body = new HashMap<>(Parties.application(
        code,
        "fancheng",
        today.minusYears(2),
        null,
        List.of(
            Parties.claim("UNPAID_WAGES", "13500.00", from, to),
            Parties.claim("OVERTIME_PAY", "2480.50", from, to))));
    body.put(
        "applicant",
        Map.of(
            "address",
            "襄阳市樊城区人民路 1 号 3 栋 402 室",
            "occupation",
            "数控车工",
            "contactPhone",
            "13912345678"));
    StringBuilder facts = new StringBuilder("申请人在被申请人处从事数控车工工作。");
    // Sentences of every length put commas and full stops at every position of a line.
    for (int i = 1; i <= 36; i++) {
      facts
          .append("第")
          .append(i)
          .append("次催要")
          .append("工资".repeat(i % 7))
          .append(i % 3 == 0 ? "，老板说“再等等”。" : "，没有结果；");
    }
    body.put("factsAndReasons", facts.toString());
    body.put(
        "witnesses",
        List.of(Map.of("name", "李德胜", "address", "襄阳市樊城区牛首镇某某村 5 组", "proves", "申请人每天加班到晚上九点")));
    String id = parties.draft(worker, body);
    upload(worker, id, "工资条.png", "2026年5月工资条", "被申请人财务发放", "月工资 4500 元及欠发月份");

    Map<?, ?> receipt = parties.submit(worker, id);
    String applicationNumber = receipt.get("applicationNumber").toString();
    // before acceptance the application is named by its 申请编号 (it has no 案号 yet)
    EntityExchangeResult<byte[]> submitted = pdf(worker, id);
    assertThat(text(submitted.getResponseBody()).replaceAll("\\s+", ""))
        .contains("申请编号：" + applicationNumber)
        .doesNotContain("案号：");
    assertThat(fileName(submitted)).isEqualTo("仲裁申请书-" + applicationNumber + ".pdf");
    String caseNumber = parties.accept(clerk, id).get("caseNumber").toString();

    EntityExchangeResult<byte[]> commission = pdf(worker, id);
    String text = text(commission.getResponseBody());
    String flat = text.replaceAll("\\s+", "");
    LocalDate birth = LocalDate.of(1987, 6, 15);
    int age = Period.between(birth, today).getYears();
    assertThat(flat)
        .contains(
            "劳动人事争议仲裁申请书",
            "仲裁委员会存档本",
            "申请编号：" + applicationNumber,
            "案号：" + caseNumber.replace(" ", ""),
            "姓名：韩建国",
            "性别：男",
            "年龄：" + age + "岁（1987年6月15日出生",
            "公民身份号码：" + idNumber,
            "职业：数控车工",
            "工作单位：襄阳某某机械有限公司",
            "住所：襄阳市樊城区人民路1号3栋402室",
            "联系电话：13912345678",
            "名称：襄阳某某机械有限公司",
            "统一社会信用代码：" + code,
            "住所：襄阳市襄城区檀溪路9号",
            "法定代表人（主要负责人）姓名：李某",
            "职务：总经理",
            "1．" + ClaimType.UNPAID_WAGES.label() + "，金额13500.00元，期间：" + chinese(from) + "至"
                + chinese(to),
            "2．" + ClaimType.OVERTIME_PAY.label() + "，金额2480.50元",
            "以上金额合计15980.50元",
            "申请人于" + chinese(today.minusYears(2)) + "入职被申请人",
            facts.toString().replaceAll("\\s+", ""),
            "2026年5月工资条（文件：",
            "来源：被申请人财务发放",
            "证明内容：月工资4500元及欠发月份",
            "其他证据说明：工资条、考勤记录、微信聊天记录",
            "姓名：李德胜；住所：襄阳市樊城区牛首镇某某村5组；证明内容：申请人每天加班到晚上九点",
            "此致",
            "申请人：韩建国",
            chinese(today));
    assertNoLineStartsWithPunctuation(text);
    assertThat(fileName(commission)).isEqualTo("仲裁申请书-" + caseNumber + ".pdf");

    EntityExchangeResult<byte[]> served = pdf(employer, id);
    String servedText = text(served.getResponseBody());
    String servedFlat = servedText.replaceAll("\\s+", "");
    assertThat(servedFlat)
        .contains(
            "送达被申请人副本",
            "公民身份号码：" + ResidentIdNumber.mask(idNumber),
            "联系电话：139****5678",
            "姓名：韩建国",
            "性别：男",
            "年龄：" + age + "岁",
            "职务：总经理",
            "来源：被申请人财务发放",
            "姓名：李德胜",
            "申请人公民身份号码只显示前4位和后4位")
        .doesNotContain(idNumber, "13912345678");
    assertNoLineStartsWithPunctuation(servedText);
    assertThat(fileName(served)).isEqualTo("仲裁申请书副本-" + caseNumber + ".pdf");
  }

  @Test
  void emojiAndInvisibleCharactersAreRefusedAtTheirFieldNotDropped() {
    Session worker = parties.worker("邓小芳");
    Map<String, Object> body = new HashMap<>(Parties.application(
        Parties.creditCode(), "fancheng", Parties.today().minusYears(1), null, List.of()));
    body.put("factsAndReasons", "老板一直不发工资😡，我很着急。");
    body.put("evidenceNotes", "工资条\u200B两张");
    http.post()
        .uri("/api/v1/filings")
        .headers(h -> h.setBearerAuth(worker.token()))
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[?(@.field == 'factsAndReasons')].message")
        .value(m -> assertThat(m.toString()).contains("第 9 个字是表情符号", "😡"))
        .jsonPath("$.errors[?(@.field == 'evidenceNotes')].message")
        .value(m -> assertThat(m.toString()).contains("U+200B"));
    // A rare Han character in a name is kept (the font has it).
    body.put("factsAndReasons", "工友𠮷某某可以作证。");
    body.put("evidenceNotes", null);
    http.post()
        .uri("/api/v1/filings")
        .headers(h -> h.setBearerAuth(worker.token()))
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.application.factsAndReasons")
        .isEqualTo("工友𠮷某某可以作证。");
  }

  private void upload(
      Session who, String id, String fileName, String description, String source, String proves) {
    MultipartBodyBuilder body = new MultipartBodyBuilder();
    body.part("file", new ByteArrayResource(PNG) {
          @Override
          public String getFilename() {
            return fileName;
          }
        })
        .contentType(MediaType.IMAGE_PNG);
    body.part("description", description);
    body.part("source", source);
    body.part("proves", proves);
    http.post()
        .uri("/api/v1/filings/{id}/evidence", id)
        .headers(h -> h.setBearerAuth(who.token()))
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(BodyInserters.fromMultipartData(body.build()))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody()
        .jsonPath("$.source")
        .isEqualTo(source)
        .jsonPath("$.proves")
        .isEqualTo(proves);
  }

  private EntityExchangeResult<byte[]> pdf(Session who, String id) {
    return http.get()
        .uri("/api/v1/cases/{id}/application.pdf", id)
        .headers(h -> h.setBearerAuth(who.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PDF)
        .expectBody(byte[].class)
        .returnResult();
  }

  private static String fileName(EntityExchangeResult<byte[]> result) {
    String disposition = result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
    assertThat(disposition).contains("filename*=UTF-8''");
    String encoded = disposition.substring(
        disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
    return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  static void assertNoLineStartsWithPunctuation(String text) {
    List<String> offending = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String l = line.strip();
      if (!l.isEmpty() && punctuation(l.codePointAt(0))) {
        offending.add(l);
      }
    }
    assertThat(offending).as("lines starting with a punctuation mark").isEmpty();
  }

  private static boolean punctuation(int c) {
    return switch (Character.getType(c)) {
      case Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.CONNECTOR_PUNCTUATION -> true;
      default -> false;
    };
  }

  private static String chinese(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }
}
