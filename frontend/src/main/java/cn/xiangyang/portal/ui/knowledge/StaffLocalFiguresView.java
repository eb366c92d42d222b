package cn.xiangyang.portal.ui.knowledge;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.SignedIn;
import cn.xiangyang.portal.ui.knowledge.LocalFiguresClient.AreaTier;
import cn.xiangyang.portal.ui.knowledge.LocalFiguresClient.AverageWageInput;
import cn.xiangyang.portal.ui.knowledge.LocalFiguresClient.Figures;
import cn.xiangyang.portal.ui.knowledge.LocalFiguresClient.Standard;
import cn.xiangyang.portal.ui.knowledge.LocalFiguresClient.StandardInput;
import cn.xiangyang.portal.ui.knowledge.LocalFiguresClient.Tier;
import cn.xiangyang.portal.ui.knowledge.LocalFiguresClient.TierInput;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.LabelledSelect;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAccessControl;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * 维护地方标准, for staff only: everyone on staff sees the figures; administrators change an area's tier,
 * add or correct a minimum wage standard, and set the local average wage of a year. The backend checks the
 * role and the figures; its Chinese messages are shown next to the fields.
 */
@Route(value = StaffLocalFiguresView.PATH, layout = MainLayout.class)
@PageTitle("维护地方标准 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("context://styles/knowledge.css")
@RolesAllowed(PortalAccessControl.STAFF)
public class StaffLocalFiguresView extends Main implements BeforeEnterObserver {

  public static final String PATH = "staff/local-figures";
  static final int TIERS = 4;

  private final LocalFiguresClient figures;
  private final CurrentUser currentUser;
  private final Div content = new Div();

  // Area tiers of one standard
  final Select<Standard> standard = new LabelledSelect<>();
  private final Div areas = new Div();
  final Paragraph saved = new Paragraph();
  private final ProblemAlert areaAlert = new ProblemAlert();

  // A whole standard
  final DatePicker effective = new DatePicker("执行日期");
  final TextField source = new TextField("发布文件（文号）");
  final Checkbox verified = new Checkbox("已与官方文件核对");
  final TextArea note = new TextArea("说明（可不填）");
  final List<BigDecimalField> monthly = new ArrayList<>();
  final List<BigDecimalField> hourly = new ArrayList<>();
  final ProblemAlert standardAlert = new ProblemAlert();

  // Average wage
  final IntegerField year = new IntegerField("年度");
  final TextField wageArea = new TextField("地区");
  final BigDecimalField wageMonthly = new BigDecimalField("职工月平均工资（元）");
  final BigDecimalField wageAnnual = new BigDecimalField("职工年平均工资（元，可不填）");
  final DatePicker wageEffective = new DatePicker("适用起始日期（可不填）");
  final TextField wageSource = new TextField("发布文件或来源");
  final Checkbox wageVerified = new Checkbox("已与官方文件核对");
  final TextArea wageNote = new TextArea("说明（可不填）");
  final ProblemAlert wageAlert = new ProblemAlert();

  private Figures current = new Figures(List.of(), List.of());
  private boolean showing;

  public StaffLocalFiguresView(LocalFiguresClient figures, CurrentUser currentUser) {
    this.figures = figures;
    this.currentUser = currentUser;
    addClassNames("page", "knowledge", "form-page", "staff-figures");
    add(new H1("维护地方标准"), content);

    standard.setLabel("选择最低工资标准");
    standard.setItemLabelGenerator(
        s -> (s.effective() == null ? "未定日期" : KnowledgeLinks.date(s.effective())) + "起执行");
    standard.setWidthFull();
    standard.addValueChangeListener(event -> {
      if (!showing && event.getValue() != null) {
        showAreas(event.getValue());
        fillStandardForm(event.getValue());
      }
    });
    saved.addClassName("saved");
    saved.getElement().setAttribute("role", "status");
    for (int i = 1; i <= TIERS; i++) {
      BigDecimalField m = new BigDecimalField("第" + i + "档 月最低工资（元）");
      BigDecimalField h = new BigDecimalField("第" + i + "档 小时最低工资（元）");
      m.setWidthFull();
      h.setWidthFull();
      monthly.add(m);
      hourly.add(h);
    }
    for (var field : List.of(source, note, wageArea, wageSource, wageNote)) {
      field.setWidthFull();
    }
    source.setMaxLength(500);
    note.setMaxLength(2000);
    wageSource.setMaxLength(500);
    wageNote.setMaxLength(2000);
    effective.setWidthFull();
    wageEffective.setWidthFull();
    year.setWidthFull();
    wageMonthly.setWidthFull();
    wageAnnual.setWidthFull();
    wageArea.setValue("襄阳市");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SignedIn signedIn = currentUser.required();
    content.removeAll();
    current = figures.figures();
    if (!"ADMIN".equals(signedIn.account().role())) {
      content.add(new Paragraph("只有系统管理员可以修改地方标准。如发现数值有误，请联系系统管理员。"));
      current
          .minimumWage()
          .forEach(s -> content.add(
              new H2((s.effective() == null ? "未定日期" : KnowledgeLinks.date(s.effective()))
                  + "起执行的最低工资标准"),
              FiguresTables.areas(s),
              FiguresTables.tiers(s),
              FiguresTables.provenance(s)));
      return;
    }
    content.add(areaSection(), standardSection(), averageWageSection());
    showing = true;
    standard.setItems(current.minimumWage());
    showing = false;
    current.minimumWage().stream().findFirst().ifPresent(standard::setValue);
  }

  private Section areaSection() {
    return new Section(
        new H2("各区域适用档次"),
        new Paragraph("选择档次后立即保存。未核实的区域请选“未核实”，公众页面会提示以官方文件为准。"),
        standard,
        areaAlert,
        saved,
        areas);
  }

  private void showAreas(Standard shown) {
    areas.removeAll();
    areaAlert.clear();
    saved.setText("");
    for (AreaTier area : shown.areas()) {
      Select<Integer> tier = new LabelledSelect<>();
      tier.setLabel(area.areaName());
      tier.setEmptySelectionAllowed(true);
      tier.setEmptySelectionCaption("未核实");
      tier.setItems(shown.tiers().stream().map(Tier::tier).toList());
      tier.setItemLabelGenerator(n -> n == null ? "未核实" : "第" + n + "档");
      tier.setValue(area.tier());
      tier.setWidthFull();
      tier.addValueChangeListener(event -> {
        if (event.isFromClient()) {
          saveAreaTier(shown, area, tier, event.getOldValue());
        }
      });
      areas.add(tier);
    }
  }

  private void saveAreaTier(
      Standard shown, AreaTier area, Select<Integer> tier, @Nullable Integer before) {
    areaAlert.clear();
    LocalDate effective = shown.effective();
    if (effective == null) {
      // The backend addresses a standard's area tiers by its effective date; one without a date has
      // none.
      tier.setValue(before);
      areaAlert.show("这份标准没有执行日期，不能保存地区档次；请先填写执行日期并保存标准。");
      return;
    }
    try {
      Standard updated = figures.putAreaTier(token(), effective, area.areaCode(), tier.getValue());
      saved.setText("已保存：" + area.areaName() + " "
          + (tier.getValue() == null ? "未核实" : "第" + tier.getValue() + "档"));
      replace(updated);
    } catch (BackendProblem refusal) {
      tier.setValue(before);
      areaAlert.show(refusal.detailOr("没有保存，请检查后再试。"));
    } catch (BackendUnavailable e) {
      tier.setValue(before);
      areaAlert.show(BackendUnavailable.MESSAGE + "，刚才的修改没有保存。");
    }
  }

  private Section standardSection() {
    Button save = new Button("保存最低工资标准");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClassName("submit");
    save.setWidthFull();
    save.addClickListener(event -> saveStandard());
    Section section = new Section(
        new H2("新增或修改最低工资标准"),
        new Paragraph("填写新标准的执行日期可新增一个标准；执行日期与已有标准相同时即为修改该标准。没有的档次留空。"),
        effective,
        source,
        verified,
        note);
    for (int i = 0; i < TIERS; i++) {
      Div row = new Div(monthly.get(i), hourly.get(i));
      row.addClassName("tier-row");
      section.add(row);
    }
    section.add(standardAlert, save);
    return section;
  }

  private void fillStandardForm(Standard from) {
    effective.setValue(from.effective());
    source.setValue(from.source());
    verified.setValue(from.verified());
    note.setValue(from.note() == null ? "" : from.note());
    for (int i = 0; i < TIERS; i++) {
      Tier tier = from.tier(i + 1).orElse(null);
      monthly.get(i).setValue(tier == null ? null : tier.monthly());
      hourly.get(i).setValue(tier == null ? null : tier.hourly());
    }
  }

  private void saveStandard() {
    standardAlert.clear();
    effective.setInvalid(false);
    if (effective.getValue() == null) {
      effective.setErrorMessage("请选择执行日期");
      effective.setInvalid(true);
      standardAlert.show("请选择执行日期。");
      return;
    }
    List<TierInput> tiers = new ArrayList<>();
    Map<String, HasValidation> fields = new HashMap<>(Map.of("source", source, "note", note));
    for (int i = 0; i < TIERS; i++) {
      if (monthly.get(i).getValue() != null || hourly.get(i).getValue() != null) {
        fields.put("tiers[" + tiers.size() + "].monthly", monthly.get(i));
        fields.put("tiers[" + tiers.size() + "].hourly", hourly.get(i));
        tiers.add(new TierInput(i + 1, monthly.get(i).getValue(), hourly.get(i).getValue()));
      }
    }
    // A correction keeps the areas' tiers; a new standard starts with every area not yet verified.
    Map<String, @Nullable Integer> areaTiers = new LinkedHashMap<>();
    current.minimumWage().stream()
        .filter(s -> effective.getValue().equals(s.effective()))
        .findFirst()
        .ifPresent(s -> s.areas().forEach(a -> areaTiers.put(a.areaCode(), a.tier())));
    String text = note.getValue().strip();
    try {
      Standard updated = figures.putStandard(
          token(),
          effective.getValue(),
          new StandardInput(
              source.getValue().strip(),
              verified.getValue(),
              text.isEmpty() ? null : text,
              tiers,
              areaTiers));
      replace(updated);
      showing = true;
      standard.setItems(current.minimumWage());
      showing = false;
      standard.setValue(current.minimumWage().stream()
          .filter(s -> s.id() == updated.id())
          .findFirst()
          .orElse(null));
      saved.setText("已保存" + KnowledgeLinks.date(updated.effective()) + "起执行的最低工资标准。");
      standardAlert.show("已保存。");
    } catch (BackendProblem refusal) {
      standardAlert.show(refusal, fields, "没有保存，请检查填写的内容。");
    } catch (BackendUnavailable e) {
      standardAlert.show(BackendUnavailable.MESSAGE + "，标准没有保存。");
    }
  }

  private Section averageWageSection() {
    year.setMin(2000);
    year.setMax(2100);
    year.setStepButtonsVisible(false);
    year.setValue(LocalDate.now(LocalFiguresView.ZONE).getYear() - 1);
    Button save = new Button("保存职工平均工资");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClassName("submit");
    save.setWidthFull();
    save.addClickListener(event -> saveAverageWage());
    return new Section(
        new H2("职工平均工资"),
        new Paragraph("用于经济补偿封顶（《劳动合同法》第四十七条第二款）。同一年度再次保存即为修改。"),
        year,
        wageArea,
        wageMonthly,
        wageAnnual,
        wageEffective,
        wageSource,
        wageVerified,
        wageNote,
        wageAlert,
        save);
  }

  private void saveAverageWage() {
    wageAlert.clear();
    year.setInvalid(false);
    if (year.getValue() == null) {
      year.setErrorMessage("请填写年度，例如 2025");
      year.setInvalid(true);
      wageAlert.show("请填写年度。");
      return;
    }
    String text = wageNote.getValue().strip();
    try {
      figures.putAverageWage(
          token(),
          year.getValue(),
          new AverageWageInput(
              wageArea.getValue().strip(),
              wageMonthly.getValue(),
              wageAnnual.getValue(),
              wageEffective.getValue(),
              wageSource.getValue().strip(),
              wageVerified.getValue(),
              text.isEmpty() ? null : text));
      wageAlert.show("已保存" + year.getValue() + "年度职工平均工资。");
    } catch (BackendProblem refusal) {
      wageAlert.show(
          refusal,
          Map.of(
              "area",
              wageArea,
              "monthly",
              wageMonthly,
              "annual",
              wageAnnual,
              "source",
              wageSource,
              "note",
              wageNote),
          "没有保存，请检查填写的内容。");
    } catch (BackendUnavailable e) {
      wageAlert.show(BackendUnavailable.MESSAGE + "，没有保存。");
    }
  }

  private void replace(Standard updated) {
    List<Standard> standards = new ArrayList<>(
        current.minimumWage().stream().filter(s -> s.id() != updated.id()).toList());
    standards.add(updated);
    standards.sort((a, b) -> b.effective() == null
        ? -1
        : a.effective() == null ? 1 : b.effective().compareTo(a.effective()));
    current = new Figures(standards, current.averageWage());
  }

  private String token() {
    return currentUser
        .get()
        .map(SignedIn::token)
        .orElseThrow(() -> new BackendProblem(
            new cn.xiangyang.portal.ui.shell.Problem(null, null, 401, "登录已过期，请重新登录。", List.of()),
            null));
  }
}
