package cn.xiangyang.portal.ui.home;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.EmployerRegistrationView;
import cn.xiangyang.portal.ui.accounts.LoginView;
import cn.xiangyang.portal.ui.accounts.ProfileView;
import cn.xiangyang.portal.ui.accounts.WorkerRegistrationView;
import cn.xiangyang.portal.ui.assistant.AssistantView;
import cn.xiangyang.portal.ui.filing.FilingWizardView;
import cn.xiangyang.portal.ui.knowledge.CasesView;
import cn.xiangyang.portal.ui.knowledge.FaqView;
import cn.xiangyang.portal.ui.knowledge.LawsView;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The front page: explains the service in plain Chinese and leads to registration or login. Features that
 * are not online yet are named as coming ("陆续上线"), never linked.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("首页 - " + PortalAppShell.SERVICE_NAME)
@Menu(title = "首页", order = 1, icon = "vaadin:home")
@AnonymousAllowed
public class HomeView extends Main implements BeforeEnterObserver {

  private final CurrentUser currentUser;
  private final Div actions = new Div();

  public HomeView(CurrentUser currentUser) {
    this.currentUser = currentUser;
    addClassNames("page", "home");

    Paragraph lead = new Paragraph("这里是襄阳市人力资源和社会保障局“千万服务”行动的网上服务平台。"
        + "与单位在工资、加班费、解除劳动合同、社会保险等方面发生劳动人事争议时，"
        + "劳动者和用人单位都可以在这里了解调解仲裁、办理相关业务。");
    lead.addClassName("lead");
    actions.addClassName("actions");

    add(new H1("襄阳劳动人事争议调解仲裁网上服务"), lead, actions, free(), services(), limitation(), help());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    actions.removeAll();
    if (currentUser.isSignedIn()) {
      actions.add(button("进入“我的”", ProfileView.class, true));
    } else {
      actions.add(
          button("劳动者注册", WorkerRegistrationView.class, true),
          button("用人单位注册", EmployerRegistrationView.class, true),
          button("已有账号，登录", LoginView.class, false));
    }
  }

  private static Component free() {
    Section section = section(
        "仲裁不收费",
        new Paragraph(
            strong("劳动争议仲裁不收费。"), new Span("劳动争议仲裁委员会的经费由财政予以保障。" + "（《中华人民共和国劳动争议调解仲裁法》第五十三条）")));
    section.addClassName("notice");
    return section;
  }

  private static Component services() {
    UnorderedList available = new UnorderedList(
        linkItem(
            "在线申请调解仲裁", FilingWizardView.class, "劳动者登录后在网上提交调解、仲裁申请，提交前自动检查时效、管辖和材料，随时查看办理进度。"),
        linkItem(
            "庭审直播",
            cn.xiangyang.portal.ui.hearings.HearingsView.class,
            "查看公开开庭的时间安排，在线观看庭审直播和回放；预约开放日到现场旁听。"),
        linkItem(
            "开放日",
            cn.xiangyang.portal.ui.hearings.OpenDaysView.class,
            "预约仲裁庭审开放日的座位，到仲裁庭现场旁听公开开庭；社会公众用手机号注册公众账号即可预约。"),
        linkItem("AI智能解答", AssistantView.class, "用自己的话提问劳动法律问题，回答注明依据的法律条文，可点开原文。"),
        linkItem("法规库", LawsView.class, "劳动法律法规逐条原文，可按关键词或自己的情况搜索。"),
        linkItem("案例库", CasesView.class, "人力资源社会保障部、最高人民法院发布的典型案例。"),
        linkItem("常见问题", FaqView.class, "欠薪、加班、辞退、社保、工伤等常见问题的解答。"),
        linkItem(
            "线上用工体检",
            cn.xiangyang.portal.ui.compliance.CheckupView.class,
            "用人单位在线检查用工是否合规，看到每项风险的法律依据、整改步骤和可能的赔付金额，及早发现和化解风险。"));
    available.addClassName("services");
    return section("网上服务", available);
  }

  private static ListItem linkItem(
      String name, Class<? extends Component> view, String description) {
    RouterLink link = new RouterLink(name, view);
    link.addClassName("strong");
    return new ListItem(link, new Span("：" + description));
  }

  private static Component limitation() {
    return section(
        "申请仲裁有时间限制",
        new Paragraph("劳动争议申请仲裁的时效期间为一年，从知道或者应当知道自己的权利被侵害之日起计算。" + "（《中华人民共和国劳动争议调解仲裁法》第二十七条）"),
        new Paragraph("遇到争议请尽早咨询、尽早申请。"));
  }

  private static Component help() {
    Anchor hotline = new Anchor("tel:12333", "12333");
    hotline.addClassName("hotline");
    return section(
        "需要帮助",
        new Paragraph(new Span("拨打人社服务热线 "), hotline, new Span(" 咨询。")),
        new Paragraph("也可以到所在县（市、区）劳动人事争议仲裁委员会窗口咨询办理。"));
  }

  private static Section section(String heading, Component... content) {
    Section section = new Section(new H2(heading));
    section.add(content);
    return section;
  }

  private static Span strong(String text) {
    Span span = new Span(text);
    span.addClassName("strong");
    return span;
  }

  private static RouterLink button(String text, Class<? extends Component> view, boolean primary) {
    RouterLink link = new RouterLink(text, view);
    link.addClassName(primary ? "button-link" : "button-link-secondary");
    return link;
  }
}
