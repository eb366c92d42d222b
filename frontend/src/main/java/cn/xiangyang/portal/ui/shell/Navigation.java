package cn.xiangyang.portal.ui.shell;

import static cn.xiangyang.portal.ui.shell.NavigationEntry.Audience.EVERYONE;
import static cn.xiangyang.portal.ui.shell.NavigationEntry.Audience.SIGNED_IN;
import static cn.xiangyang.portal.ui.shell.NavigationEntry.Audience.SIGNED_OUT;

import cn.xiangyang.portal.ui.accounts.EmployerRegistrationView;
import cn.xiangyang.portal.ui.accounts.LoginView;
import cn.xiangyang.portal.ui.accounts.ProfileView;
import cn.xiangyang.portal.ui.accounts.WorkerRegistrationView;
import cn.xiangyang.portal.ui.assistant.AssistantView;
import cn.xiangyang.portal.ui.home.HomeView;
import cn.xiangyang.portal.ui.knowledge.CasesView;
import cn.xiangyang.portal.ui.knowledge.FaqView;
import cn.xiangyang.portal.ui.knowledge.LawsView;
import cn.xiangyang.portal.ui.knowledge.LocalFiguresView;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/**
 * The main menu, in the order it is shown. A new feature adds its page here with one line; list only
 * pages that exist (no placeholders). Logout is a button in the layout, not a link.
 */
public final class Navigation {

  public static final List<NavigationEntry> ENTRIES = List.of(
      new NavigationEntry("首页", HomeView.class, VaadinIcon.HOME, EVERYONE),
      new NavigationEntry("智能问答", AssistantView.class, VaadinIcon.COMMENTS_O, EVERYONE),
      new NavigationEntry(
          "庭审直播", cn.xiangyang.portal.ui.hearings.HearingsView.class, VaadinIcon.MOVIE, EVERYONE),
      new NavigationEntry(
          "开放日",
          cn.xiangyang.portal.ui.hearings.OpenDaysView.class,
          VaadinIcon.CALENDAR_USER,
          EVERYONE),
      new NavigationEntry(
          "计算器",
          cn.xiangyang.portal.ui.calculators.CalculatorsView.class,
          VaadinIcon.CALC,
          EVERYONE),
      new NavigationEntry("我的", ProfileView.class, VaadinIcon.USER_CARD, SIGNED_IN),
      new NavigationEntry(
          "在线申请",
          cn.xiangyang.portal.ui.filing.FilingWizardView.class,
          VaadinIcon.EDIT,
          NavigationEntry.Audience.WORKERS),
      new NavigationEntry(
          "我的案件",
          cn.xiangyang.portal.ui.filing.MyCasesView.class,
          VaadinIcon.FOLDER_OPEN,
          NavigationEntry.Audience.PARTIES),
      new NavigationEntry(
          "我的消息",
          cn.xiangyang.portal.ui.filing.InboxView.class,
          VaadinIcon.ENVELOPE,
          NavigationEntry.Audience.PARTIES),
      new NavigationEntry(
          "案件办理",
          cn.xiangyang.portal.ui.staff.StaffQueueView.class,
          VaadinIcon.CLIPBOARD_TEXT,
          NavigationEntry.Audience.STAFF),
      new NavigationEntry(
          "用工体检",
          cn.xiangyang.portal.ui.compliance.CheckupView.class,
          VaadinIcon.CLIPBOARD_CHECK,
          EVERYONE),
      new NavigationEntry(
          "培训申请",
          cn.xiangyang.portal.ui.compliance.StaffTrainingsView.class,
          VaadinIcon.ACADEMY_CAP,
          NavigationEntry.Audience.STAFF),
      new NavigationEntry(
          "服务企业名册",
          cn.xiangyang.portal.ui.compliance.StaffEnterprisesView.class,
          VaadinIcon.BUILDING_O,
          NavigationEntry.Audience.STAFF),
      new NavigationEntry(
          "单位认证审核",
          cn.xiangyang.portal.ui.accounts.StaffEmployersView.class,
          VaadinIcon.DIPLOMA,
          NavigationEntry.Audience.STAFF),
      new NavigationEntry(
          "节假日与调休",
          cn.xiangyang.portal.ui.legaldata.StaffCalendarView.class,
          VaadinIcon.CALENDAR,
          NavigationEntry.Audience.STAFF),
      new NavigationEntry(
          "庭审管理",
          cn.xiangyang.portal.ui.hearings.StaffHearingsView.class,
          VaadinIcon.GAVEL,
          NavigationEntry.Audience.STAFF),
      new NavigationEntry(
          "开放日管理",
          cn.xiangyang.portal.ui.hearings.StaffOpenDaysView.class,
          VaadinIcon.CALENDAR_CLOCK,
          NavigationEntry.Audience.STAFF),
      new NavigationEntry("劳动者注册", WorkerRegistrationView.class, VaadinIcon.USER, SIGNED_OUT),
      new NavigationEntry(
          "用人单位注册", EmployerRegistrationView.class, VaadinIcon.BUILDING, SIGNED_OUT),
      new NavigationEntry("登录", LoginView.class, VaadinIcon.SIGN_IN, SIGNED_OUT),
      new NavigationEntry("法规库", LawsView.class, VaadinIcon.BOOK, EVERYONE),
      new NavigationEntry("案例库", CasesView.class, VaadinIcon.SCALE, EVERYONE),
      new NavigationEntry("常见问题", FaqView.class, VaadinIcon.QUESTION_CIRCLE_O, EVERYONE),
      new NavigationEntry("地方标准", LocalFiguresView.class, VaadinIcon.TABLE, EVERYONE));

  private Navigation() {}
}
