package cn.xiangyang.portal.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small corpus written into a temporary {@code kb} directory, sound until a test spoils it. */
final class CorpusFixture {

  static final String LAW_FRONT_MATTER = """
      ---
      id: %s
      title: 中华人民共和国测试法
      shortName: 测试法
      aliases: [测试法]
      level: LAW
      issuer: 全国人民代表大会常务委员会
      adopted: 2007-12-29
      effective: 2008-05-01
      validity: IN_FORCE
      asOf: 2026-11-27
      source: 国家法律法规数据库（flk.npc.gov.cn）
      history: |
        2007年12月29日 第十届全国人民代表大会常务委员会第三十一次会议通过
      topics:
        2: [仲裁时效]
      ---
      """;

  static final String LAW_BODY = """
      ## 第一章 总则

      #### 第一条
      为了公正及时解决劳动争议，制定本法。

      ## 第二章 仲裁

      ### 第一节 一般规定

      #### 第二条
      劳动争议申请仲裁的时效期间为一年。
      前款规定的仲裁时效，因当事人一方向对方当事人主张权利而中断。

      #### 第三条
      本法自2008年5月1日起施行。
      """;

  static final String CASE = """
      ---
      id: case-test
      title: 加班费的仲裁时效应当如何认定
      source: 人力资源社会保障部 最高人民法院 第二批劳动人事争议典型案例
      published: 2021-08-26
      caseNumber: 1
      topics: [加班费, 仲裁时效]
      cites: [test-law#2]
      ---
      ## 基本案情
      张某请求支付加班费。

      第二段。
      ## 争议焦点
      时效如何计算。
      ## 处理结果
      支持。
      ## 裁判理由
      依照第二条。
      ## 典型意义
      及时维权。
      """;

  static final String FAQ = """
      topic: 仲裁
      entries:
        - id: faq-arbitration-001
          question: 申请仲裁有时间限制吗？
          variants: [仲裁时效多久]
          answer: |
            一年（测试法第二条）。
          citations: [test-law#2]
          tags: [仲裁时效]
      """;

  private final Path kb;

  private CorpusFixture(Path kb) {
    this.kb = kb;
  }

  /** A sound corpus of one law ({@code test-law}, three articles), one case and one FAQ topic. */
  static CorpusFixture sound(Path dir) {
    return new CorpusFixture(dir)
        .write("laws/test-law.md", LAW_FRONT_MATTER.formatted("test-law") + "\n" + LAW_BODY)
        .write("cases/case-test.md", CASE)
        .write("faq/arbitration.yaml", FAQ);
  }

  CorpusFixture write(String path, String text) {
    try {
      Path file = kb.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces {@code from} by {@code to} in a file, failing when {@code from} is not in it. */
  CorpusFixture edit(String path, String from, String to) {
    try {
      String text = Files.readString(kb.resolve(path));
      if (!text.contains(from)) {
        throw new IllegalArgumentException(path + " does not contain " + from);
      }
      return write(path, text.replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path dir() {
    return kb;
  }

  List<String> problems() {
    return CorpusValidator.check(kb);
  }
}
