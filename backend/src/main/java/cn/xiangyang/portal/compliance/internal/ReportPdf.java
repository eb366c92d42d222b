package cn.xiangyang.portal.compliance.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The printable check-up report (用工体检报告) as a PDF with an embedded CJK font (subset) and the
 * JFreeChart chart of risk by area. The one blocking boundary of OpenPDF and AWT in this module: rendering
 * runs on {@code boundedElastic}.
 */
@Component
@EnableConfigurationProperties(ComplianceProperties.class)
class ReportPdf {

  private static final Logger log = LoggerFactory.getLogger(ReportPdf.class);

  private final ComplianceProperties properties;
  private final Clock clock;
  private volatile @Nullable BaseFont font;

  ReportPdf(ComplianceProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** The PDF bytes; fails with a clear message when no CJK font is installed. */
  Mono<byte[]> render(Report report) {
    return Mono.fromCallable(() -> draw(report)).subscribeOn(Schedulers.boundedElastic());
  }

  /** The chart alone as a PNG (for the report page). */
  Mono<byte[]> chart(java.util.List<Report.AreaResult> areas, int width, int height) {
    return Mono.fromCallable(() -> RiskChart.png(areas, width, height))
        .subscribeOn(Schedulers.boundedElastic());
  }

  private byte[] draw(Report report) throws IOException {
    BaseFont base = font();
    Font title = new Font(base, 18, Font.BOLD);
    Font heading = new Font(base, 13, Font.BOLD);
    Font text = new Font(base, 10.5f);
    Font small = new Font(base, 9);
    Font quote = new Font(base, 9, Font.NORMAL, new java.awt.Color(0x44, 0x44, 0x44));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
    PdfWriter.getInstance(doc, out);
    doc.addTitle("用工体检报告");
    doc.open();
    Paragraph t = new Paragraph("用工体检报告", title);
    t.setAlignment(Element.ALIGN_CENTER);
    t.setSpacingAfter(6);
    doc.add(t);
    LocalDate day = LocalDate.ofInstant(report.createdAt(), clock.getZone());
    Paragraph meta = new Paragraph(
        (report.companyName() == null ? "" : report.companyName() + "    ") + "体检日期："
            + day.format(DateTimeFormatter.ISO_LOCAL_DATE),
        text);
    meta.setAlignment(Element.ALIGN_CENTER);
    doc.add(meta);

    Paragraph score = new Paragraph(
        "总体得分：" + report.score() + " 分    总体风险：" + report.levelLabel() + "    发现问题："
            + report.findings().size() + " 项",
        heading);
    score.setSpacingBefore(12);
    doc.add(score);
    doc.add(new Paragraph(report.method(), small));

    Image chart = Image.getInstance(
        RiskChart.png(report.areas(), 1000, 40 * report.areas().size() + 140));
    chart.scaleToFit(doc.getPageSize().getWidth() - 112, 520);
    chart.setAlignment(Element.ALIGN_CENTER);
    chart.setSpacingBefore(8);
    doc.add(chart);

    PdfPTable areas = new PdfPTable(new float[] {3, 2, 1, 1});
    areas.setWidthPercentage(100);
    areas.setSpacingBefore(8);
    for (String h : new String[] {"领域", "风险等级", "得分", "发现"}) {
      areas.addCell(cell(h, heading));
    }
    for (Report.AreaResult a : report.areas()) {
      areas.addCell(cell(a.title(), text));
      areas.addCell(cell(a.levelLabel(), text));
      areas.addCell(cell(String.valueOf(a.score()), text));
      areas.addCell(cell(String.valueOf(a.findings()), text));
    }
    doc.add(areas);

    if (report.changes() != null) {
      Report.Changes c = report.changes();
      section(
          doc,
          "与上次体检相比（" + LocalDate.ofInstant(c.previousAt(), clock.getZone()) + "，"
              + c.previousScore() + " 分）",
          heading);
      line(doc, text, "已整改：" + c.resolved().size() + " 项" + names(c.resolved()));
      line(doc, text, "新发现：" + c.added().size() + " 项" + names(c.added()));
      line(doc, text, "仍存在：" + c.unchanged().size() + " 项" + names(c.unchanged()));
    }

    section(doc, "发现的问题和整改建议", heading);
    if (report.findings().isEmpty()) {
      line(doc, text, "根据您的回答，未发现需要整改的问题。");
    }
    int i = 0;
    for (Report.Finding f : report.findings()) {
      i++;
      Paragraph p = new Paragraph(
          i + "．【" + f.severityLabel() + "风险】" + f.title() + "（" + f.areaTitle() + "）", heading);
      p.setSpacingBefore(10);
      doc.add(p);
      line(doc, text, f.finding());
      line(doc, text, "法律依据：");
      for (Report.Basis b : f.basis()) {
        Paragraph q = new Paragraph();
        q.add(new Chunk("《" + b.law() + "》" + b.article() + "：", small));
        q.add(new Chunk(b.quote(), quote));
        q.setIndentationLeft(14);
        q.setLeading(14);
        doc.add(q);
      }
      line(doc, text, "整改步骤：");
      int step = 0;
      for (String r : f.remedy()) {
        step++;
        Paragraph s = new Paragraph(step + "．" + r, text);
        s.setIndentationLeft(14);
        s.setLeading(16);
        doc.add(s);
      }
      if (f.exposure() != null) {
        Report.Exposure e = f.exposure();
        line(
            doc,
            text,
            e.amount() == null
                ? "风险金额：" + e.formula()
                : "估算风险金额：" + e.amount().toPlainString() + " 元");
        if (e.amount() != null) {
          line(doc, small, "计算：" + e.formula());
        }
        for (Report.Input in : e.inputs()) {
          Paragraph s = new Paragraph("· " + in.source() + " " + in.value(), small);
          s.setIndentationLeft(14);
          doc.add(s);
        }
        for (String note : e.notes()) {
          Paragraph s = new Paragraph("注：" + note, small);
          s.setIndentationLeft(14);
          doc.add(s);
        }
      }
    }
    Paragraph foot = new Paragraph(
        "本报告由襄阳劳动人事争议调解仲裁服务平台根据用人单位在线填写的内容自动生成，供自查整改参考，不是行政执法或仲裁的结论。" + "如需专题培训，可在平台上申请“订单式培训”。",
        small);
    foot.setSpacingBefore(24);
    doc.add(foot);
    doc.close();
    return out.toByteArray();
  }

  private static String names(java.util.List<Report.Change> changes) {
    return changes.isEmpty()
        ? ""
        : "：" + String.join("；", changes.stream().map(Report.Change::title).toList());
  }

  private static PdfPCell cell(String s, Font f) {
    PdfPCell c = new PdfPCell(new Phrase(s, f));
    c.setPadding(4);
    return c;
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
            log.info("体检报告 PDF 使用字体 {}", candidate);
            break;
          } catch (Exception e) {
            log.warn("无法加载字体 {}：{}", candidate, e.getMessage());
          }
        }
        if (font == null) {
          throw new UncheckedIOException(new IOException(
              "找不到中文字体，无法生成体检报告 PDF。请安装 fonts-noto-cjk，或用 PORTAL_COMPLIANCE_PDFFONTS 指定中文字体文件。已尝试："
                  + properties.pdfFonts()));
        }
      }
      return font;
    }
  }

  private static void section(Document doc, String name, Font font) {
    Paragraph p = new Paragraph(name, font);
    p.setSpacingBefore(12);
    p.setSpacingAfter(2);
    doc.add(p);
  }

  private static void line(Document doc, Font font, String text) {
    Paragraph p = new Paragraph(text, font);
    p.setLeading(17);
    doc.add(p);
  }
}
