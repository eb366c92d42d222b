package cn.xiangyang.portal.filing.internal;

import cn.xiangyang.portal.accounts.IdNumbers;
import cn.xiangyang.portal.accounts.ResidentIdNumber;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.DefaultSplitCharacter;
import org.openpdf.text.pdf.PdfChunk;
import org.openpdf.text.pdf.PdfWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Renders the application (申请书) with every item of 劳动争议调解仲裁法 第二十八条: the applicant's 姓名、
 * 性别、年龄 (from the ID number)、职业、工作单位和住所; the respondent's name, 住所, 法定代表人或者主要负责人的
 * 姓名、职务; the claims with amounts and periods, 事实和理由; the evidence with source and what it proves,
 * and the witnesses with their 住所. Dates in Chinese (2026年12月3日); Chinese line-breaking rules, so that
 * no line starts with a punctuation mark. The one blocking boundary of OpenPDF: rendering runs on
 * {@code boundedElastic}.
 *
 * <p>Two copies: the commission's ({@link Copy#COMMISSION}, for the applicant and staff) carries the full
 * ID number and phone; the copy served on the employer ({@link Copy#RESPONDENT}) follows the masking rule
 * printed on it: ID number with only the first 4 and last 4 characters, phone with the first 3 and last 4.
 */
@Component
class ApplicationPdf {

  private static final Logger log = LoggerFactory.getLogger(ApplicationPdf.class);

  /** Which copy is printed. */
  enum Copy {
    COMMISSION,
    RESPONDENT
  }

  static final String MASKING_RULE =
      "本副本依本委个人信息保护规则送达被申请人：申请人公民身份号码只显示前 4 位和后 4 位，联系电话只显示前 3 位和后 4 位；完整信息见仲裁委员会存档的申请书。";

  private final Filings filings;
  private final EvidenceFiles evidence;
  private final FilingProperties properties;
  private final IdNumbers idNumbers;
  private final Clock clock;
  private volatile @Nullable BaseFont font;

  ApplicationPdf(
      Filings filings,
      EvidenceFiles evidence,
      FilingProperties properties,
      IdNumbers idNumbers,
      Clock clock) {
    this.filings = filings;
    this.evidence = evidence;
    this.properties = properties;
    this.idNumbers = idNumbers;
    this.clock = clock;
  }

  /** The commission's copy; fails with a clear message when no CJK font is installed. */
  Mono<byte[]> render(CaseRecord c) {
    return render(c, Copy.COMMISSION);
  }

  Mono<byte[]> render(CaseRecord c, Copy copy) {
    Mono<String> commission = c.commissionId() == null
        ? Mono.just("劳动人事争议仲裁委员会")
        : filings.commissionName(c.commissionId());
    Mono<Optional<String>> idNumber =
        idNumbers.ofWorker(c.workerId()).map(Optional::of).defaultIfEmpty(Optional.empty());
    return Mono.zip(commission, evidence.list(c.id()).collectList(), filings.areaNames(), idNumber)
        .flatMap(t -> Mono.fromCallable(
                () -> draw(c, copy, t.getT1(), t.getT2(), t.getT3(), t.getT4().orElse(null)))
            .subscribeOn(Schedulers.boundedElastic()));
  }

  /** The download name: the document and the case number (the application number before acceptance). */
  static String fileName(CaseRecord c, Copy copy) {
    String what = copy == Copy.RESPONDENT ? "仲裁申请书副本" : "仲裁申请书";
    return c.number() == null ? what + "（草稿）.pdf" : what + "-" + c.number() + ".pdf";
  }

  /** A document issued in the case (a notice), as its addressee sees it on the case page. */
  Mono<byte[]> render(CaseRecord c, Views.DocumentView d) {
    Mono<String> commission = c.commissionId() == null
        ? Mono.just("劳动人事争议仲裁委员会")
        : filings.commissionName(c.commissionId());
    return commission.flatMap(name ->
        Mono.fromCallable(() -> drawDocument(c, d, name)).subscribeOn(Schedulers.boundedElastic()));
  }

  /** The download name of a document: its title and the case number. */
  static String fileName(CaseRecord c, Views.DocumentView d) {
    return d.title().replaceAll("[\\\\/:*?\"<>|\\s]", "")
        + (c.number() == null ? "" : "-" + c.number()) + ".pdf";
  }

  private byte[] drawDocument(CaseRecord c, Views.DocumentView d, String commission) {
    BaseFont base = font();
    Font title = new Font(base, 18, Font.BOLD);
    Font text = new Font(base, 11);
    Font small = new Font(base, 9);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 72, 72, 72, 72);
    PdfWriter.getInstance(doc, out);
    doc.addTitle(d.title() + (c.number() == null ? "" : " " + c.number()));
    doc.open();
    Paragraph head = paragraph(commission, text, base);
    head.setAlignment(Element.ALIGN_CENTER);
    doc.add(head);
    Paragraph t = new Paragraph(printable(d.title(), base), title);
    t.setAlignment(Element.ALIGN_CENTER);
    t.setSpacingAfter(6);
    doc.add(t);
    if (c.caseNumber() != null || c.applicationNumber() != null) {
      Paragraph n = paragraph(
          c.caseNumber() != null ? "案号：" + c.caseNumber() : "申请编号：" + c.applicationNumber(),
          text,
          base);
      n.setAlignment(Element.ALIGN_RIGHT);
      doc.add(n);
    }
    for (String part : d.body().split("\n")) {
      if (!part.isBlank()) {
        Paragraph p = paragraph(part.strip(), text, base);
        p.setLeading(18);
        p.setSpacingBefore(6);
        p.setFirstLineIndent(22);
        doc.add(p);
      }
    }
    Paragraph sign = paragraph(commission, text, base);
    sign.setAlignment(Element.ALIGN_RIGHT);
    sign.setSpacingBefore(18);
    doc.add(sign);
    Paragraph date =
        paragraph(chinese(LocalDate.ofInstant(d.issuedAt(), clock.getZone())), text, base);
    date.setAlignment(Element.ALIGN_RIGHT);
    doc.add(date);
    if (d.service() != null) {
      Paragraph served = paragraph(d.service(), small, base);
      served.setSpacingBefore(18);
      doc.add(served);
    }
    Paragraph foot = paragraph("本文书由襄阳劳动人事争议调解仲裁服务平台生成，内容与平台“我的案件”中的文书一致。", small, base);
    foot.setSpacingBefore(12);
    doc.add(foot);
    doc.close();
    return out.toByteArray();
  }

  private byte[] draw(
      CaseRecord c,
      Copy copy,
      String commission,
      List<Views.EvidenceView> files,
      Map<String, String> areas,
      @Nullable String idNumber) {
    BaseFont base = font();
    Font title = new Font(base, 18, Font.BOLD);
    Font heading = new Font(base, 12, Font.BOLD);
    Font text = new Font(base, 11);
    Font small = new Font(base, 9);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 72, 72, 72, 72);
    PdfWriter.getInstance(doc, out);
    doc.addTitle("劳动人事争议仲裁申请书" + (c.number() == null ? "" : " " + c.number()));
    doc.open();
    Paragraph t = new Paragraph("劳动人事争议仲裁申请书", title);
    t.setAlignment(Element.ALIGN_CENTER);
    t.setSpacingAfter(6);
    doc.add(t);
    Paragraph which = paragraph(copy == Copy.RESPONDENT ? "送达被申请人副本" : "仲裁委员会存档本", small, base);
    which.setAlignment(Element.ALIGN_CENTER);
    doc.add(which);
    // 申请编号 from the submission, 案号 once the commission accepted the case (立案)
    if (c.applicationNumber() != null) {
      Paragraph n = paragraph("申请编号：" + c.applicationNumber(), text, base);
      n.setAlignment(Element.ALIGN_RIGHT);
      doc.add(n);
    }
    if (c.caseNumber() != null) {
      Paragraph n = paragraph("案号：" + c.caseNumber(), text, base);
      n.setAlignment(Element.ALIGN_RIGHT);
      doc.add(n);
    }
    ApplicationForm f = c.application().form();
    CaseRecord.Applicant a = c.application().applicant();
    ApplicationForm.Applicant more = f.applicant();
    ApplicationForm.Employment e = f.employment();
    LocalDate asOf = c.submittedAt() == null
        ? LocalDate.now(clock)
        : LocalDate.ofInstant(c.submittedAt(), clock.getZone());
    Identity id = Identity.of(idNumber, asOf);

    section(doc, "申请人", heading, base);
    line(doc, text, base, "姓名：" + a.name());
    line(
        doc,
        text,
        base,
        "性别：" + (id != null ? id.gender() : gender(more == null ? null : more.gender())) + "    年龄："
            + (id != null ? id.age() + " 岁（" + chinese(id.birth()) + "出生，根据公民身份号码计算）" : "未填写"));
    String shownId = idNumber == null
        ? a.idNumberMasked()
        : copy == Copy.COMMISSION ? idNumber : ResidentIdNumber.mask(idNumber);
    line(doc, text, base, "公民身份号码：" + or(shownId));
    String occupation =
        more != null && more.occupation() != null ? more.occupation() : e == null ? null : e.job();
    line(doc, text, base, "职业：" + or(occupation));
    String workplace = f.respondentsOrEmpty().isEmpty()
        ? null
        : f.respondentsOrEmpty().getFirst().name();
    line(doc, text, base, "工作单位：" + or(workplace));
    line(doc, text, base, "住所：" + or(more == null ? null : more.address()));
    String phone = more != null && more.contactPhone() != null
        ? (copy == Copy.COMMISSION ? more.contactPhone() : mask(more.contactPhone()))
        : a.phoneMasked();
    line(doc, text, base, "联系电话：" + or(phone));

    int i = 0;
    for (ApplicationForm.Respondent r : f.respondentsOrEmpty()) {
      i++;
      section(doc, f.respondentsOrEmpty().size() > 1 ? "被申请人（" + i + "）" : "被申请人", heading, base);
      line(doc, text, base, "名称：" + or(r.name()));
      line(doc, text, base, "统一社会信用代码：" + or(r.creditCode()));
      line(doc, text, base, "住所：" + or(r.address()));
      line(
          doc,
          text,
          base,
          "法定代表人（主要负责人）姓名：" + or(r.legalRepresentative()) + "    职务："
              + or(r.legalRepresentativeTitle()));
      line(doc, text, base, "联系电话：" + or(r.phone()));
    }

    section(doc, "仲裁请求", heading, base);
    i = 0;
    for (ApplicationForm.Claim claim : f.claimsOrEmpty()) {
      i++;
      StringBuilder b = new StringBuilder()
          .append(i)
          .append("．")
          .append(claim.type() == null ? "未选择请求类型" : claim.type().label());
      if (claim.amount() != null && claim.amount().signum() > 0) {
        b.append("，金额 ").append(yuan(claim.amount())).append(" 元");
      }
      if (claim.periodFrom() != null || claim.periodTo() != null) {
        b.append("，期间：")
            .append(claim.periodFrom() == null ? "未填写" : chinese(claim.periodFrom()))
            .append("至")
            .append(claim.periodTo() == null ? "未填写" : chinese(claim.periodTo()));
      }
      if (claim.description() != null && !claim.description().isBlank()) {
        b.append("。").append(claim.description().strip());
      }
      line(doc, text, base, b.toString());
    }
    if (f.claimsOrEmpty().isEmpty()) {
      line(doc, text, base, "未填写");
    }
    BigDecimal total = f.claimsOrEmpty().stream()
        .map(ApplicationForm.Claim::amount)
        .filter(x -> x != null)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.signum() > 0) {
      line(doc, text, base, "以上金额合计 " + yuan(total) + " 元。");
    }

    section(doc, "事实和理由", heading, base);
    if (e != null) {
      line(
          doc,
          text,
          base,
          "申请人于" + (e.startDate() == null ? "（入职日期未填写）" : chinese(e.startDate())) + "入职被申请人"
              + (e.job() == null ? "" : "，从事" + e.job() + "工作")
              + (e.workAreaCode() == null
                  ? ""
                  : "，工作地点在" + areas.getOrDefault(e.workAreaCode(), e.workAreaCode())
                      + (e.workplace() == null ? "" : e.workplace()))
              + (e.monthlyWage() == null ? "" : "，月工资 " + yuan(e.monthlyWage()) + " 元")
              + (e.writtenContract() == null
                  ? ""
                  : e.writtenContract() ? "，双方签订了书面劳动合同" : "，双方未签订书面劳动合同")
              + (e.endDate() == null ? "，劳动关系至今存续。" : "，劳动关系于" + chinese(e.endDate()) + "结束。"));
    }
    if (f.knewOn() != null) {
      line(doc, text, base, "申请人于" + chinese(f.knewOn()) + "知道其权利受到侵害。");
    }
    if (f.interruptedOn() != null) {
      line(doc, text, base, "申请人于" + chinese(f.interruptedOn()) + "向被申请人主张权利（仲裁时效自该日起重新计算）。");
    }
    line(doc, text, base, or(f.factsAndReasons()));

    section(doc, "证据和证据来源", heading, base);
    i = 0;
    for (Views.EvidenceView file : files) {
      i++;
      line(
          doc,
          text,
          base,
          i + "．"
              + (file.description() == null
                  ? file.fileName()
                  : file.description() + "（文件：" + file.fileName() + "）")
              + "；来源：" + or(file.source()) + "；证明内容：" + or(file.proves())
              + (file.party().equals("RESPONDENT") ? "；由被申请人提交" : ""));
    }
    if (f.evidenceNotes() != null && !f.evidenceNotes().isBlank()) {
      line(doc, text, base, "其他证据说明：" + f.evidenceNotes().strip());
    }
    if (files.isEmpty() && (f.evidenceNotes() == null || f.evidenceNotes().isBlank())) {
      line(doc, text, base, "未提交证据");
    }

    section(doc, "证人", heading, base);
    i = 0;
    for (ApplicationForm.Witness w : f.witnessesOrEmpty()) {
      i++;
      line(
          doc,
          text,
          base,
          i + "．姓名：" + or(w.name()) + "；住所：" + or(w.address()) + "；证明内容：" + or(w.proves()));
    }
    if (f.witnessesOrEmpty().isEmpty()) {
      line(doc, text, base, "无");
    }

    Paragraph to = paragraph("此致", text, base);
    to.setSpacingBefore(18);
    doc.add(to);
    doc.add(paragraph(commission, text, base));
    Paragraph sign = paragraph("申请人：" + a.name(), text, base);
    sign.setAlignment(Element.ALIGN_RIGHT);
    sign.setSpacingBefore(12);
    doc.add(sign);
    Paragraph date = paragraph(c.submittedAt() == null ? "草稿，尚未提交" : chinese(asOf), text, base);
    date.setAlignment(Element.ALIGN_RIGHT);
    doc.add(date);
    Paragraph foot = paragraph(
        "本申请书由襄阳劳动人事争议调解仲裁服务平台根据申请人在线填写的内容生成（劳动争议调解仲裁法第二十八条）。仲裁不收费（第五十三条）。"
            + (copy == Copy.RESPONDENT ? MASKING_RULE : ""),
        small,
        base);
    foot.setSpacingBefore(24);
    doc.add(foot);
    doc.close();
    return out.toByteArray();
  }

  /** 性别 and 年龄 as the ID number gives them (GB 11643: digits 7–14 the birth date, digit 17 odd for men). */
  record Identity(String gender, LocalDate birth, int age) {
    static @Nullable Identity of(@Nullable String number, LocalDate asOf) {
      if (number == null || number.length() != 18) {
        return null;
      }
      try {
        LocalDate birth = LocalDate.of(
            Integer.parseInt(number.substring(6, 10)),
            Integer.parseInt(number.substring(10, 12)),
            Integer.parseInt(number.substring(12, 14)));
        String gender = (number.charAt(16) - '0') % 2 == 1 ? "男" : "女";
        return new Identity(gender, birth, Period.between(birth, asOf).getYears());
      } catch (NumberFormatException | DateTimeException e) {
        return null;
      }
    }
  }

  private BaseFont font() {
    BaseFont f = font;
    if (f != null) {
      return f;
    }
    synchronized (this) {
      if (font == null) {
        for (String candidate : properties.pdfFonts()) {
          String file = candidate.contains(",")
              ? candidate.substring(0, candidate.lastIndexOf(','))
              : candidate;
          if (!Files.isReadable(Path.of(file))) {
            continue;
          }
          try {
            font = BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            log.info("申请书 PDF 使用字体 {}", candidate);
            break;
          } catch (Exception e) {
            log.warn("无法加载字体 {}：{}", candidate, e.getMessage());
          }
        }
        if (font == null) {
          throw new IllegalStateException(
              "找不到中文字体，无法生成申请书 PDF。请安装 fonts-noto-cjk（apt-get install fonts-noto-cjk），或用 PORTAL_PDF_FONT 指定一个中文字体文件（.ttf，或 .ttc 加“,序号”）。已尝试："
                  + properties.pdfFonts());
        }
      }
      return font;
    }
  }

  private static void section(Document doc, String name, Font font, BaseFont base) {
    Paragraph p = paragraph(name, font, base);
    p.setSpacingBefore(10);
    p.setSpacingAfter(2);
    doc.add(p);
  }

  private static void line(Document doc, Font font, BaseFont base, String text) {
    Paragraph p = paragraph(text, font, base);
    p.setLeading(18);
    doc.add(p);
  }

  /** A paragraph broken by the Chinese rules; a character the font lacks is shown by its code, never dropped. */
  static Paragraph paragraph(String text, Font font, BaseFont base) {
    Chunk chunk = new Chunk(printable(text, base), font);
    chunk.setSplitCharacter(Kinsoku.INSTANCE);
    Paragraph p = new Paragraph();
    p.setFont(font);
    p.add(chunk);
    return p;
  }

  static String printable(String text, BaseFont base) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp == '\n' || cp == ' ' || base.charExists(cp)) {
        b.appendCodePoint(cp);
      } else if (cp == '\r' || cp == '\t') {
        b.append(' ');
      } else {
        b.append(String.format("［U+%04X］", cp));
      }
    });
    return b.toString();
  }

  /**
   * 避头尾: a line may not start with a punctuation mark (，。、；：？！）」》 …, and opening brackets too),
   * and may not end with an opening bracket or quote; everywhere else the default rules apply (any
   * break between CJK characters, at spaces and hyphens in Latin text).
   */
  static final class Kinsoku extends DefaultSplitCharacter {
    static final Kinsoku INSTANCE = new Kinsoku();

    @Override
    public boolean isSplitCharacter(
        int start, int current, int end, char[] cc, PdfChunk @Nullable [] ck) {
      char c = getCurrentCharacter(current, cc, ck);
      if (opening(c)) {
        return false;
      }
      if (current + 1 < end) {
        char next = getCurrentCharacter(current + 1, cc, ck);
        if (punctuation(next)) {
          return false;
        }
      }
      return super.isSplitCharacter(start, current, end, cc, ck);
    }

    static boolean punctuation(int c) {
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

    static boolean opening(int c) {
      int type = Character.getType(c);
      return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION;
    }
  }

  static String chinese(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  private static String or(@Nullable Object value) {
    return value == null || value.toString().isBlank() ? "未填写" : value.toString();
  }

  private static String gender(@Nullable String g) {
    return g == null ? "未填写" : g.equals("MALE") ? "男" : "女";
  }

  private static String mask(String phone) {
    return phone.length() == 11 ? phone.substring(0, 3) + "****" + phone.substring(7) : phone;
  }

  private static String yuan(BigDecimal amount) {
    return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }
}
