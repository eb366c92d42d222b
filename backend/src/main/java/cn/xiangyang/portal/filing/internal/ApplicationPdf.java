package cn.xiangyang.portal.filing.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Renders the application in the usual layout of a 劳动人事争议仲裁申请书, with an embedded CJK
 * font (subset). The one blocking boundary of OpenPDF: rendering runs on {@code boundedElastic}.
 */
@Component
class ApplicationPdf {

  private static final Logger log = LoggerFactory.getLogger(ApplicationPdf.class);

  private final Filings filings;
  private final EvidenceFiles evidence;
  private final FilingProperties properties;
  private final Clock clock;
  private volatile @Nullable BaseFont font;

  ApplicationPdf(Filings filings, EvidenceFiles evidence, FilingProperties properties, Clock clock) {
    this.filings = filings;
    this.evidence = evidence;
    this.properties = properties;
    this.clock = clock;
  }

  /** The PDF bytes; fails with a clear message when no CJK font is installed. */
  Mono<byte[]> render(CaseRecord c) {
    Mono<String> commission = c.commissionId() == null ? Mono.just("劳动人事争议仲裁委员会") : filings.commissionName(c.commissionId());
    return Mono.zip(commission, evidence.list(c.id()).collectList(), filings.areaNames())
        .flatMap(t -> Mono.fromCallable(() -> draw(c, t.getT1(), t.getT2(), t.getT3())).subscribeOn(Schedulers.boundedElastic()));
  }

  private byte[] draw(CaseRecord c, String commission, List<Views.EvidenceView> files, java.util.Map<String, String> areas) {
    BaseFont base = font();
    Font title = new Font(base, 18, Font.BOLD);
    Font heading = new Font(base, 12, Font.BOLD);
    Font text = new Font(base, 11);
    Font small = new Font(base, 9);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 72, 72, 72, 72);
    PdfWriter.getInstance(doc, out);
    doc.addTitle("劳动人事争议仲裁申请书");
    doc.open();
    Paragraph t = new Paragraph("劳动人事争议仲裁申请书", title);
    t.setAlignment(Element.ALIGN_CENTER);
    t.setSpacingAfter(6);
    doc.add(t);
    if (c.caseNumber() != null) {
      Paragraph n = new Paragraph(c.caseNumber(), text);
      n.setAlignment(Element.ALIGN_RIGHT);
      doc.add(n);
    }
    ApplicationForm f = c.application().form();
    CaseRecord.Applicant a = c.application().applicant();
    ApplicationForm.Applicant more = f.applicant();

    section(doc, "申请人", heading);
    line(doc, text, "姓名：" + a.name() + "    性别：" + gender(more == null ? null : more.gender()));
    line(doc, text, "公民身份号码：" + or(a.idNumberMasked()) + "（完整号码以账号实名信息为准）");
    line(doc, text, "住所：" + or(more == null ? null : more.address()));
    line(doc, text, "联系电话：" + or(more != null && more.contactPhone() != null ? mask(more.contactPhone()) : a.phoneMasked()));
    line(doc, text, "职业：" + or(more == null ? null : more.occupation()));

    int i = 0;
    for (ApplicationForm.Respondent r : f.respondentsOrEmpty()) {
      i++;
      section(doc, f.respondentsOrEmpty().size() > 1 ? "被申请人（" + i + "）" : "被申请人", heading);
      line(doc, text, "名称：" + or(r.name()));
      line(doc, text, "统一社会信用代码：" + or(r.creditCode()));
      line(doc, text, "住所：" + or(r.address()));
      line(doc, text, "法定代表人（主要负责人）：" + or(r.legalRepresentative()) + (r.legalRepresentativeTitle() == null ? "" : "    职务：" + r.legalRepresentativeTitle()));
      line(doc, text, "联系电话：" + or(r.phone()));
    }

    section(doc, "仲裁请求", heading);
    i = 0;
    for (ApplicationForm.Claim claim : f.claimsOrEmpty()) {
      i++;
      StringBuilder b = new StringBuilder().append(i).append("．").append(claim.type() == null ? "（未选择类型）" : claim.type().label());
      if (claim.amount() != null && claim.amount().signum() > 0) {
        b.append(" ").append(yuan(claim.amount())).append(" 元");
      }
      if (claim.periodFrom() != null || claim.periodTo() != null) {
        b.append("（").append(or(claim.periodFrom())).append(" 至 ").append(or(claim.periodTo())).append("）");
      }
      if (claim.description() != null && !claim.description().isBlank()) {
        b.append("：").append(claim.description());
      }
      line(doc, text, b.toString());
    }
    BigDecimal total = f.claimsOrEmpty().stream().map(ApplicationForm.Claim::amount).filter(x -> x != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.signum() > 0) {
      line(doc, text, "以上金额合计 " + yuan(total) + " 元。");
    }

    section(doc, "事实和理由", heading);
    ApplicationForm.Employment e = f.employment();
    if (e != null) {
      line(doc, text,
          "申请人于 " + or(e.startDate()) + " 入职被申请人" + (e.job() == null ? "" : "，从事" + e.job() + "工作")
              + (e.workAreaCode() == null ? "" : "，工作地点在" + areas.getOrDefault(e.workAreaCode(), e.workAreaCode()) + (e.workplace() == null ? "" : e.workplace()))
              + (e.monthlyWage() == null ? "" : "，月工资 " + yuan(e.monthlyWage()) + " 元")
              + (e.writtenContract() == null ? "" : e.writtenContract() ? "，双方签订了书面劳动合同" : "，双方未签订书面劳动合同")
              + (e.endDate() == null ? "，劳动关系至今存续。" : "，劳动关系于 " + e.endDate() + " 结束。"));
    }
    line(doc, text, or(f.factsAndReasons()));

    section(doc, "证据和证据来源", heading);
    i = 0;
    for (Views.EvidenceView file : files) {
      i++;
      line(doc, text, i + "．" + file.fileName() + (file.description() == null ? "" : "（" + file.description() + "）") + (file.party().equals("RESPONDENT") ? "〔被申请人提交〕" : ""));
    }
    if (f.evidenceNotes() != null && !f.evidenceNotes().isBlank()) {
      line(doc, text, f.evidenceNotes());
    }
    if (files.isEmpty() && (f.evidenceNotes() == null || f.evidenceNotes().isBlank())) {
      line(doc, text, "（未填写）");
    }

    Paragraph to = new Paragraph("此致\n" + commission, text);
    to.setSpacingBefore(18);
    doc.add(to);
    Paragraph sign = new Paragraph("申请人：" + a.name() + "\n" + (c.submittedAt() == null ? "（草稿，尚未提交）" : LocalDate.ofInstant(c.submittedAt(), clock.getZone()).toString()), text);
    sign.setAlignment(Element.ALIGN_RIGHT);
    sign.setSpacingBefore(12);
    doc.add(sign);
    Paragraph foot = new Paragraph("本申请书由襄阳劳动人事争议调解仲裁服务平台根据申请人在线填写的内容生成（劳动争议调解仲裁法第二十八条）。仲裁不收费（第五十三条）。", small);
    foot.setSpacingBefore(24);
    doc.add(foot);
    doc.close();
    return out.toByteArray();
  }

  private BaseFont font() {
    BaseFont f = font;
    if (f != null) {
      return f;
    }
    synchronized (this) {
      if (font == null) {
        for (String candidate : properties.pdfFonts()) {
          String file = candidate.contains(",") ? candidate.substring(0, candidate.lastIndexOf(',')) : candidate;
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

  private static void section(Document doc, String name, Font font) {
    Paragraph p = new Paragraph(name, font);
    p.setSpacingBefore(10);
    p.setSpacingAfter(2);
    doc.add(p);
  }

  private static void line(Document doc, Font font, String text) {
    Paragraph p = new Paragraph(text, font);
    p.setLeading(18);
    doc.add(p);
  }

  private static String or(@Nullable Object value) {
    return value == null || value.toString().isBlank() ? "（未填写）" : value.toString();
  }

  private static String gender(@Nullable String g) {
    return g == null ? "（未填写）" : g.equals("MALE") ? "男" : "女";
  }

  private static String mask(String phone) {
    return phone.length() == 11 ? phone.substring(0, 3) + "****" + phone.substring(7) : phone;
  }

  private static String yuan(BigDecimal amount) {
    return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }
}
