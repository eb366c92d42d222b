package cn.xiangyang.portal.ui.hearings;

import cn.xiangyang.portal.ui.filing.CaseParts;
import cn.xiangyang.portal.ui.hearings.HearingsApi.Filters;
import cn.xiangyang.portal.ui.hearings.HearingsApi.Hearing;
import cn.xiangyang.portal.ui.hearings.HearingsApi.Page;
import cn.xiangyang.portal.ui.hearings.HearingsApi.StatusChange;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.LabelledSelect;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 庭审直播: today's and upcoming public hearings with filters, each with a status badge that follows the
 * live status without a reload (server push), and the player for the live stream or the replay.
 */
@Route(value = "hearings", layout = MainLayout.class)
@PageTitle("庭审直播 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("styles/hearings.css")
@Menu(title = "庭审直播", order = 3, icon = "vaadin:movie")
@AnonymousAllowed
public class HearingsView extends Main {

  private static final Logger log = LoggerFactory.getLogger(HearingsView.class);
  private static final int PAGE_SIZE = 20;

  private final HearingsClient client;
  private final LiveFeed feed;
  private final ProblemAlert alert = new ProblemAlert();
  final Select<String> commission = new LabelledSelect<>();
  final Select<String> cause = new LabelledSelect<>();
  final Select<String> status = new LabelledSelect<>();
  final DatePicker from = new DatePicker("开始日期");
  final DatePicker to = new DatePicker("结束日期");
  private final Div list = new Div();
  private final Paragraph summary = new Paragraph();
  private final Button more = new Button("加载更多");
  private final Map<UUID, HearingCard> cards = new LinkedHashMap<>();
  private int page;
  private @Nullable Registration listening;

  public HearingsView(HearingsClient client, LiveFeed feed) {
    this.client = client;
    this.feed = feed;
    addClassNames("page", "hearings");
    Paragraph lead = new Paragraph("劳动人事争议仲裁案件一般公开开庭审理；当事人协议不公开，或者涉及国家秘密、商业秘密和个人隐私的除外"
        + "（《中华人民共和国劳动争议调解仲裁法》第二十六条）。这里列出公开开庭的庭审，当事人姓名已隐去。");
    lead.addClassName("lead");
    Map<String, String> commissions = new LinkedHashMap<>();
    Map<String, String> causes = new LinkedHashMap<>();
    Map<String, String> statuses = new LinkedHashMap<>();
    commissions.put("", "全部仲裁委员会");
    causes.put("", "全部案由");
    statuses.put("", "全部状态");
    try {
      Filters filters = client.filters();
      filters.commissions().forEach(v -> commissions.put(v.commissionId(), v.name()));
      filters.causes().forEach(c -> causes.put(c.code(), c.label()));
      filters.statuses().forEach(s -> statuses.put(s.code(), s.label()));
    } catch (BackendProblem | BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
    }
    setUp(commission, "仲裁委员会", commissions);
    setUp(cause, "案由", causes);
    setUp(status, "状态", statuses);
    for (DatePicker date : new DatePicker[] {from, to}) {
      date.setI18n(CaseParts.chineseDates());
      date.setClearButtonVisible(true);
      date.addValueChangeListener(e -> reload());
    }
    Div filterBar = new Div(commission, cause, status, from, to);
    filterBar.addClassName("hearing-filters");

    Anchor calendar = new Anchor(
        DownloadHandler.fromInputStream(event -> {
          try {
            byte[] bytes = client.calendar(query());
            return new DownloadResponse(
                new ByteArrayInputStream(bytes),
                "hearings.ics",
                "text/calendar;charset=UTF-8",
                bytes.length);
          } catch (BackendProblem | BackendUnavailable e) {
            log.warn("calendar not fetched: {}", e.toString());
            return DownloadResponse.error(503);
          }
        }),
        "下载日历（.ics，可导入手机日历）");
    calendar.addClassNames("button-link-secondary", "calendar-download");

    list.addClassName("hearing-list");
    summary.addClassName("hearing-summary");
    summary.getElement().setAttribute("aria-live", "polite");
    more.addClickListener(e -> load(page + 1));
    add(new H1("庭审直播"), lead, filterBar, calendar, alert, summary, list, more);
  }

  private void setUp(Select<String> select, String label, Map<String, String> options) {
    select.setLabel(label);
    select.setItems(options.keySet().stream().toList());
    select.setItemLabelGenerator(options::get);
    select.setValue("");
    select.addValueChangeListener(e -> reload());
  }

  HearingsClient.Query query() {
    return new HearingsClient.Query(
        commission.getValue(), cause.getValue(), status.getValue(), from.getValue(), to.getValue());
  }

  @Override
  protected void onAttach(AttachEvent event) {
    UI ui = event.getUI();
    listening = feed.listen(new LiveFeed.Listener() {
      @Override
      public void changed(StatusChange change) {
        ui.access(() -> {
          HearingCard card = cards.get(change.id());
          if (card != null) {
            card.update(change);
          } else if (!status.getValue().isEmpty()) {
            reload();
          }
        });
      }

      @Override
      public void reconnected() {
        ui.access(HearingsView.this::reload);
      }
    });
    reload();
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (listening != null) {
      listening.remove();
      listening = null;
    }
  }

  private void reload() {
    list.removeAll();
    cards.clear();
    load(0);
  }

  private void load(int wanted) {
    alert.clear();
    try {
      Page result = client.schedule(query(), wanted, PAGE_SIZE);
      page = wanted;
      for (Hearing h : result.items()) {
        HearingCard card = new HearingCard(h, false);
        cards.put(h.id(), card);
        list.add(card);
      }
      summary.setText(
          result.total() == 0
              ? "没有符合条件的公开庭审。"
              : "共 " + result.total() + " 场公开庭审，已显示 " + cards.size() + " 场。");
      more.setVisible(cards.size() < result.total());
    } catch (BackendProblem refusal) {
      alert.show(refusal.detailOr("暂时无法查看庭审安排。"));
      more.setVisible(false);
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
      more.setVisible(false);
    }
  }
}
