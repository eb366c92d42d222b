package cn.xiangyang.portal.ui.filing;

import cn.xiangyang.portal.ui.api.FilingApplicationForm;
import cn.xiangyang.portal.ui.api.FilingCaseView;
import cn.xiangyang.portal.ui.api.FilingClaim;
import cn.xiangyang.portal.ui.api.FilingClaimAnswerView;
import cn.xiangyang.portal.ui.api.FilingDefenceView;
import cn.xiangyang.portal.ui.api.FilingEmployment;
import cn.xiangyang.portal.ui.api.FilingEvidenceView;
import cn.xiangyang.portal.ui.api.FilingRespondent;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The application as filed, for the people who must act on it (staff before accepting, the employer
 * before answering, the worker to check what he filed): the employment facts, the contacts, the claims
 * with amounts and periods, 事实和理由, the evidence list with each file opened in place, the witnesses
 * and the employer's answer claim by claim.
 */
public final class CaseFacts {

  private CaseFacts() {}

  public static Section of(FilingCaseView c, FilingClient filings, String token) {
    Section section = new Section(new H2("申请书内容"));
    section.addClassName("case-facts");
    FilingApplicationForm a = c.application();
    if (a == null) {
      section.add(new Paragraph("申请书内容暂时无法显示。"));
      return section;
    }
    Map<String, String> areas = areaNames(filings);
    FilingEmployment e = a.employment();
    Div work = card("劳动关系");
    if (e != null) {
      row(work, "入职时间", e.startDate() == null ? null : CaseParts.date(e.startDate()));
      row(
          work,
          "离职时间",
          e.endDate() != null
              ? CaseParts.date(e.endDate())
              : Boolean.TRUE.equals(e.stillEmployed()) ? "仍在职" : null);
      row(work, "岗位", e.job());
      row(work, "月工资", e.monthlyWage() == null ? null : e.monthlyWage().toPlainString() + " 元");
      String place = ((e.workAreaCode() == null
                  ? ""
                  : areas.getOrDefault(e.workAreaCode(), e.workAreaCode()))
              + (e.workplace() == null ? "" : " " + e.workplace()))
          .strip();
      row(work, "工作地点", place);
      row(
          work,
          "书面劳动合同",
          e.writtenContract() == null ? null : e.writtenContract() ? "签订了" : "没有签订");
    } else {
      work.add(new Paragraph("未填写。"));
    }
    section.add(work);

    Div contacts = card("当事人和联系方式");
    if (c.applicant() != null) {
      row(contacts, "申请人", c.applicant().name());
    }
    if (a.applicant() != null) {
      row(contacts, "申请人职业", a.applicant().occupation());
      row(contacts, "申请人住所", a.applicant().address());
    }
    String phone = a.applicant() != null && a.applicant().contactPhone() != null
        ? a.applicant().contactPhone()
        : c.applicant() == null ? null : c.applicant().phoneMasked();
    row(contacts, "申请人电话", phone);
    for (FilingRespondent r : a.respondents()) {
      row(
          contacts,
          "被申请人",
          WizardText.nz(r.name()) + (r.creditCode() == null ? "" : "（" + r.creditCode() + "）"));
      row(contacts, "单位住所", r.address());
      row(
          contacts,
          "法定代表人（主要负责人）",
          r.legalRepresentative() == null
              ? null
              : r.legalRepresentative()
                  + (r.legalRepresentativeTitle() == null
                      ? ""
                      : "，" + r.legalRepresentativeTitle()));
      row(contacts, "单位电话", r.phone());
    }
    section.add(contacts);

    Div claims = card("仲裁请求");
    OrderedList list = new OrderedList();
    list.addClassName("claims");
    for (FilingClaim claim : a.claims()) {
      list.add(new ListItem(claimText(claim)));
    }
    claims.add(a.claims().isEmpty() ? new Paragraph("未填写。") : list);
    section.add(claims);

    Div facts = card("事实和理由");
    Paragraph text = new Paragraph(a.factsAndReasons() == null ? "未填写。" : a.factsAndReasons());
    text.addClassName("prewrap");
    facts.add(text);
    if (a.evidenceNotes() != null) {
      facts.add(new Paragraph("证据说明：" + a.evidenceNotes()));
    }
    section.add(facts);

    section.add(evidence(c, filings, token));

    if (!a.witnesses().isEmpty()) {
      Div witnesses = card("证人");
      a.witnesses()
          .forEach(w -> witnesses.add(new Paragraph(nz(w.name()) + "，住 " + nz(w.address())
              + (w.proves() == null ? "" : "，证明：" + w.proves()))));
      section.add(witnesses);
    }
    if (!"RESPONDENT".equals(c.role()) || !c.defences().isEmpty()) {
      section.add(defences(c));
    }
    return section;
  }

  /** "支付拖欠的工资，9000.00 元，2026年8月1日至2026年10月31日". */
  static String claimText(FilingClaim claim) {
    return CaseParts.claimTypeText(claim.type())
        + (claim.amount() == null ? "" : "，" + claim.amount().toPlainString() + " 元")
        + (claim.periodFrom() == null && claim.periodTo() == null
            ? ""
            : "，" + CaseParts.date(claim.periodFrom()) + "至" + CaseParts.date(claim.periodTo()))
        + (claim.description() == null ? "" : "。" + claim.description());
  }

  /** The employer's answer: declined, or the statement and each claim's position with reason and disputed sum. */
  public static Div defences(FilingCaseView c) {
    Div card = card("被申请人的答辩");
    card.addClassName("defences");
    for (FilingDefenceView d : c.defences()) {
      if (Boolean.TRUE.equals(d.declined())) {
        card.add(new Paragraph(
            "被申请人表示不提交答辩书（" + CaseParts.dateTime(d.submittedAt()) + "）。不答辩不影响仲裁程序进行。"));
        continue;
      }
      card.add(new Paragraph("提交时间：" + CaseParts.dateTime(d.submittedAt())));
      if (!d.claims().isEmpty()) {
        OrderedList answers = new OrderedList();
        answers.addClassName("claim-answers");
        for (FilingClaimAnswerView answer : d.claims()) {
          ListItem item = new ListItem();
          item.addClassName("claim-answer");
          item.addClassName("position-" + answer.position().toLowerCase(java.util.Locale.ROOT));
          item.add(new Paragraph(answer.text() != null ? answer.text() : answer.positionLabel()));
          answers.add(item);
        }
        card.add(answers);
      }
      if (d.statement() != null) {
        Paragraph statement = new Paragraph("答辩意见：" + d.statement());
        statement.addClassName("prewrap");
        card.add(statement);
      }
    }
    if (c.defences().isEmpty()) {
      card.add(new Paragraph("被申请人尚未答辩。"));
    }
    return card;
  }

  /** Each file in a closed section; opening it shows the picture or the PDF on the page itself. */
  public static Div evidence(FilingCaseView c, FilingClient filings, String token) {
    Div list = card("证据");
    list.addClassName("evidence-list");
    for (FilingEvidenceView e : c.evidence()) {
      String title = (e.description() == null ? e.fileName() : e.description())
          + ("RESPONDENT".equals(e.party()) ? "（被申请人提交）" : "（申请人提交）");
      Div inside = new Div(new Paragraph("文件：" + e.fileName() + "；来源：" + nz(e.source()) + "；证明："
          + nz(e.proves()) + "；提交时间：" + CaseParts.dateTime(e.uploadedAt())));
      Details details = new Details(title, inside);
      details.addClassName("evidence-item");
      details.addOpenedChangeListener(open -> {
        if (open.isOpened() && inside.getComponentCount() == 1) {
          inside.add(viewer(c.id(), e, filings, token));
        }
      });
      list.add(details);
    }
    if (c.evidence().isEmpty()) {
      list.add(new Paragraph("没有上传证据文件。"));
    }
    return list;
  }

  private static Component viewer(
      UUID caseId, FilingEvidenceView e, FilingClient filings, String token) {
    DownloadHandler content = DownloadHandler.fromInputStream(event -> {
          try {
            byte[] bytes = filings.evidence(token, caseId, e.id());
            return new DownloadResponse(
                new ByteArrayInputStream(bytes),
                e.fileName(),
                e.mediaType() == null ? "application/octet-stream" : e.mediaType(),
                bytes.length);
          } catch (BackendProblem refusal) {
            return DownloadResponse.error(refusal.status());
          } catch (BackendUnavailable down) {
            return DownloadResponse.error(503);
          }
        })
        .inline();
    Div viewer = new Div();
    viewer.addClassName("evidence-viewer");
    if ("application/pdf".equals(e.mediaType())) {
      IFrame frame = new IFrame();
      frame.setSrc(content);
      frame.setTitle("证据：" + e.fileName());
      frame.addClassName("evidence-pdf");
      viewer.add(frame);
    } else {
      Image image =
          new Image(content, "证据：" + (e.description() == null ? e.fileName() : e.description()));
      image.addClassName("evidence-image");
      viewer.add(image);
    }
    Anchor open = new Anchor(content, "在新窗口打开 " + e.fileName());
    open.getElement().setAttribute("target", "_blank");
    viewer.add(open);
    return viewer;
  }

  private static Map<String, String> areaNames(FilingClient filings) {
    try {
      return filings.areas().stream()
          .collect(Collectors.toMap(FilingApi.Area::code, FilingApi.Area::name, (x, y) -> x));
    } catch (BackendProblem | BackendUnavailable e) {
      return Map.of();
    }
  }

  private static Div card(String heading) {
    Div card = new Div(new H3(heading));
    card.addClassNames("card", "case-facts-card");
    return card;
  }

  private static void row(Div card, String term, @Nullable String value) {
    DescriptionList dl = card.getChildren()
        .filter(DescriptionList.class::isInstance)
        .map(DescriptionList.class::cast)
        .findFirst()
        .orElseGet(() -> {
          DescriptionList created = new DescriptionList();
          card.add(created);
          return created;
        });
    dl.add(
        new DescriptionList.Term(term),
        new DescriptionList.Description(value == null || value.isBlank() ? "未填写" : value));
  }

  private static String nz(@Nullable String s) {
    return s == null ? "未填写" : s;
  }
}
