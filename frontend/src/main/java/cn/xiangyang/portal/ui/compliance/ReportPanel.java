package cn.xiangyang.portal.ui.compliance;

import cn.xiangyang.portal.ui.compliance.ComplianceApi.Basis;
import cn.xiangyang.portal.ui.compliance.ComplianceApi.Change;
import cn.xiangyang.portal.ui.compliance.ComplianceApi.Finding;
import cn.xiangyang.portal.ui.compliance.ComplianceApi.Report;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A check-up report: score and level, the chart of risk by area (drawn by the backend with JFreeChart),
 * what changed since the last saved check-up, each finding with its legal basis quoted, the remedy in steps
 * and the estimated exposure, the PDF and the way to request training on the weak areas.
 */
class ReportPanel extends Div {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  ReportPanel(
      ComplianceClient client,
      Report report,
      @Nullable String token,
      @Nullable Map<String, Object> unsavedAnswers) {
    addClassName("checkup-report");
    Div summary = new Div();
    summary.addClassNames("card", "score-card", "level-" + report.level().toLowerCase());
    Span score = new Span(String.valueOf(report.score()));
    score.addClassName("score");
    summary.add(
        new Paragraph(new Span("总体得分 "), score, new Span(" 分")),
        new Paragraph(
            "总体风险：" + report.levelLabel() + "　发现问题 " + report.findings().size() + " 项"),
        new Paragraph("体检日期：" + LocalDate.ofInstant(report.createdAt(), ZONE)
            + (report.companyName() == null ? "" : "　" + report.companyName())));
    if (report.method() != null) {
      Paragraph method = new Paragraph(report.method());
      method.addClassName("method");
      summary.add(method);
    }
    add(summary);

    Image chart = new Image(
        DownloadHandler.fromInputStream(event -> {
          try {
            byte[] png = client.chart(report.areas());
            return new DownloadResponse(
                new ByteArrayInputStream(png), "risk-by-area.png", "image/png", png.length);
          } catch (BackendProblem | BackendUnavailable e) {
            return DownloadResponse.error(503);
          }
        }),
        "各领域风险图："
            + report.areas().stream()
                .map(a -> a.title() + a.levelLabel())
                .collect(Collectors.joining("，")));
    chart.addClassName("risk-chart");
    add(section("各领域风险", chart, areaList(report)));

    if (report.changes() != null) {
      var c = report.changes();
      add(section(
          "与上次体检相比",
          new Paragraph("上次体检：" + LocalDate.ofInstant(c.previousAt(), ZONE) + "，"
              + c.previousScore() + " 分；本次 " + report.score() + " 分。"),
          changeList("已整改", c.resolved(), "change-resolved"),
          changeList("新发现", c.added(), "change-new"),
          changeList("仍存在", c.unchanged(), "change-unchanged")));
    }

    Section findings = section("发现的问题和整改建议");
    if (report.findings().isEmpty()) {
      findings.add(new Paragraph("根据您的回答，没有发现需要整改的问题。请保持，并定期复查。"));
    }
    for (Finding f : report.findings()) {
      findings.add(finding(f));
    }
    add(findings);

    Div actions = new Div();
    actions.addClassName("actions");
    actions.add(pdfLink(client, report, token, unsavedAnswers));
    List<String> weak = report.areas().stream()
        .filter(a -> a.level().equals("HIGH") || a.level().equals("MEDIUM"))
        .map(a -> a.title())
        .toList();
    if (token != null) {
      RouterLink training = new RouterLink("申请专题培训", TrainingRequestView.class);
      Map<String, List<String>> query = new java.util.HashMap<>();
      query.put("topic", weak);
      if (report.id() != null) {
        query.put("checkup", List.of(report.id().toString()));
      }
      training.setQueryParameters(new QueryParameters(query));
      training.addClassName("button-link");
      actions.add(training);
    } else {
      actions.add(new Paragraph("用人单位登录后，可以保存体检结果，并按薄弱领域申请“订单式”专题培训。"));
    }
    add(actions);
  }

  private static UnorderedList areaList(Report report) {
    UnorderedList list = new UnorderedList();
    list.addClassName("area-levels");
    report.areas().forEach(a -> {
      Span level = new Span(a.levelLabel());
      level.addClassNames("level", "level-" + a.level().toLowerCase());
      list.add(new ListItem(
          new Span(a.title() + "："),
          level,
          new Span(a.findings() > 0 ? "（" + a.findings() + " 项）" : "")));
    });
    return list;
  }

  private static Div changeList(String label, List<Change> changes, String className) {
    Div d = new Div(new H3(label + "（" + changes.size() + " 项）"));
    d.addClassName(className);
    UnorderedList list = new UnorderedList();
    changes.forEach(c -> list.add(new ListItem(c.title())));
    if (!changes.isEmpty()) {
      d.add(list);
    }
    return d;
  }

  private static Div finding(Finding f) {
    Div card = new Div();
    card.addClassNames("card", "finding", "severity-" + f.severity().toLowerCase());
    Span severity = new Span(f.severityLabel() + "风险");
    severity.addClassNames("level", "level-" + f.severity().toLowerCase());
    H3 title = new H3(f.title());
    card.add(
        new Paragraph(severity, new Span("　" + f.areaTitle())), title, new Paragraph(f.finding()));
    if (f.exposure() != null) {
      var e = f.exposure();
      Div exposure = new Div();
      exposure.addClassName("exposure");
      if (e.amount() != null) {
        Span amount = new Span(e.amount() + " 元");
        amount.addClassName("amount");
        exposure.add(new Paragraph(new Span("估算风险金额："), amount), new Paragraph(e.formula()));
      } else {
        exposure.add(new Paragraph("风险金额：" + e.formula()));
      }
      UnorderedList inputs = new UnorderedList();
      e.inputs().forEach(in -> inputs.add(new ListItem(in.source() + " " + in.value())));
      exposure.add(new Paragraph("按您填写的："), inputs);
      if (e.notes() != null && !e.notes().isEmpty()) {
        Details notes = new Details(
            "计算说明",
            new UnorderedList(e.notes().stream().map(ListItem::new).toArray(ListItem[]::new)));
        exposure.add(notes);
      }
      card.add(exposure);
    }
    OrderedList steps = new OrderedList();
    f.remedy().forEach(r -> steps.add(new ListItem(r)));
    card.add(new H3("整改步骤"), steps);
    Div basis = new Div();
    for (Basis b : f.basis()) {
      Anchor link = new Anchor(b.url(), "《" + b.law() + "》" + b.article());
      Paragraph quote = new Paragraph(b.quote());
      quote.addClassName("quote");
      basis.add(new Div(link, quote));
    }
    Details law = new Details(
        "法律依据（"
            + f.basis().stream().map(b -> b.law() + b.article()).collect(Collectors.joining("、"))
            + "）",
        basis);
    law.setOpened(true);
    card.add(law);
    return card;
  }

  private static Anchor pdfLink(
      ComplianceClient client,
      Report report,
      @Nullable String token,
      @Nullable Map<String, Object> unsavedAnswers) {
    DownloadHandler pdf = DownloadHandler.fromInputStream(event -> {
      try {
        byte[] bytes = report.id() != null && token != null
            ? client.pdf(token, report.id())
            : client.unsavedPdf(token, unsavedAnswers == null ? Map.of() : unsavedAnswers);
        return new DownloadResponse(
            new ByteArrayInputStream(bytes), "checkup-report.pdf", "application/pdf", bytes.length);
      } catch (BackendProblem refusal) {
        return DownloadResponse.error(refusal.status());
      } catch (BackendUnavailable e) {
        return DownloadResponse.error(503);
      }
    });
    Anchor link = new Anchor(pdf, "下载体检报告（PDF）");
    link.getElement().setAttribute("target", "_blank");
    link.addClassName("button-link-secondary");
    return link;
  }

  private static Section section(String heading, com.vaadin.flow.component.Component... parts) {
    Section s = new Section(new H2(heading));
    s.add(parts);
    return s;
  }
}
