package cn.xiangyang.portal.ui.knowledge;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.knowledge.LocalFiguresClient.Figures;
import cn.xiangyang.portal.ui.knowledge.LocalFiguresClient.Standard;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * 地方标准 for everyone: Xiangyang's minimum wage by area in force today, with its effective date and
 * source, earlier standards, and the local average wage. Staff get a link to the maintenance page.
 */
@Route(value = LocalFiguresView.PATH, layout = MainLayout.class)
@PageTitle("地方标准 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("context://styles/knowledge.css")
@Menu(title = "地方标准", order = 24, icon = "vaadin:table")
@AnonymousAllowed
public class LocalFiguresView extends Main implements BeforeEnterObserver {

  public static final String PATH = "local-figures";
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final LocalFiguresClient figures;
  private final CurrentUser currentUser;
  private final Div content = new Div();
  private final Clock clock = Clock.system(ZONE);

  public LocalFiguresView(LocalFiguresClient figures, CurrentUser currentUser) {
    this.figures = figures;
    this.currentUser = currentUser;
    addClassNames("page", "knowledge", "local-figures");
    add(new H1("地方标准"), new Paragraph("襄阳市最低工资标准和职工平均工资。计算加班费、经济补偿、终局裁决金额时会用到。"), content);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    content.removeAll();
    Figures all = figures.figures();
    LocalDate today = LocalDate.now(clock);
    Optional<Standard> current = all.inForceOn(today);
    Section minimum = new Section(new H2("最低工资标准"));
    if (current.isPresent()) {
      minimum.add(
          new Paragraph("现行标准（" + KnowledgeLinks.date(current.get().effective()) + "起执行）："),
          FiguresTables.areas(current.get()),
          FiguresTables.tiers(current.get()),
          FiguresTables.provenance(current.get()));
    } else {
      minimum.add(new Paragraph("暂无现行标准的记录，请拨打 12333 咨询。"));
    }
    all.minimumWage().stream()
        .filter(s -> current.isEmpty() || s.id() != current.get().id())
        .forEach(s -> {
          boolean future = s.effective() != null && s.effective().isAfter(today);
          Details details = new Details(
              (future ? "将于" : "历史标准：")
                  + (s.effective() == null ? "未定日期" : KnowledgeLinks.date(s.effective()))
                  + (future ? "起执行的标准" : "起执行"),
              new Div(FiguresTables.tiers(s), FiguresTables.areas(s), FiguresTables.provenance(s)));
          details.addClassName("earlier-standard");
          minimum.add(details);
        });
    Section average =
        new Section(new H2("职工平均工资"), new Paragraph("经济补偿的封顶基数为当地上年度职工月平均工资的三倍（《劳动合同法》第四十七条第二款）。"));
    all.averageWage().forEach(wage -> average.add(FiguresTables.averageWage(wage)));
    content.add(minimum, average);
    if (currentUser.get().map(s -> s.account().isStaff()).orElse(false)) {
      RouterLink manage = new RouterLink("维护地方标准（工作人员）", StaffLocalFiguresView.class);
      manage.addClassName("button-link-secondary");
      content.add(manage);
    }
  }
}
