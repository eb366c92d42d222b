package cn.xiangyang.portal.ui.hearings;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.SignedIn;
import cn.xiangyang.portal.ui.filing.CaseParts;
import cn.xiangyang.portal.ui.hearings.HearingsApi.Objection;
import cn.xiangyang.portal.ui.hearings.HearingsApi.RoomDetail;
import cn.xiangyang.portal.ui.hearings.HearingsApi.StaffHearing;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import cn.xiangyang.portal.ui.shell.LabelledSelect;
import cn.xiangyang.portal.ui.shell.MainLayout;
import cn.xiangyang.portal.ui.shell.PortalAccessControl;
import cn.xiangyang.portal.ui.shell.PortalAppShell;
import cn.xiangyang.portal.ui.shell.ProblemAlert;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * 庭审管理 for a commission's staff: each hearing's listing state, live controls (开始直播 / 休庭 / 继续 /
 * 结束), replay publishing and withdrawal, objections to the public listing and the decisions on them,
 * the room; and the commission's hearing rooms.
 */
@Route(value = "staff/hearings", layout = MainLayout.class)
@PageTitle("庭审管理 - " + PortalAppShell.SERVICE_NAME)
@StyleSheet("styles/hearings.css")
@Menu(title = "庭审管理", order = 16, icon = "vaadin:gavel")
@RolesAllowed(PortalAccessControl.STAFF)
public class StaffHearingsView extends Main implements BeforeEnterObserver {

  static final Map<String, String> GROUNDS = new LinkedHashMap<>();

  static {
    // 劳动争议调解仲裁法 第二十六条
    GROUNDS.put("PARTIES_AGREED", "当事人协议不公开");
    GROUNDS.put("STATE_SECRET", "涉及国家秘密");
    GROUNDS.put("TRADE_SECRET", "涉及商业秘密");
    GROUNDS.put("PERSONAL_PRIVACY", "涉及个人隐私");
  }

  private final HearingsClient client;
  private final CurrentUser currentUser;
  private final ProblemAlert alert = new ProblemAlert();
  private final Div list = new Div();
  private final Div rooms = new Div();
  private @Nullable String token;
  private List<RoomDetail> roomList = List.of();

  public StaffHearingsView(HearingsClient client, CurrentUser currentUser) {
    this.client = client;
    this.currentUser = currentUser;
    addClassNames("page", "staff-hearings");
    list.addClassName("hearing-list");
    add(
        new H1("庭审管理"),
        new Paragraph("开庭排期在“案件办理”中安排；这里管理公开庭审的直播、回放、当事人异议和审判庭。"
            + "庭审公开进行，当事人协议不公开或涉及国家秘密、商业秘密、个人隐私的除外（劳动争议调解仲裁法第二十六条）。"),
        alert,
        list,
        rooms);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SignedIn signedIn = currentUser.required();
    token = signedIn.token();
    load();
  }

  private void load() {
    list.removeAll();
    rooms.removeAll();
    if (token == null) {
      return;
    }
    try {
      roomList = client.rooms(token());
      List<StaffHearing> hearings = client.staffHearings(token());
      if (hearings.isEmpty()) {
        list.add(new Paragraph("近期没有排期的庭审。"));
      }
      hearings.forEach(h -> list.add(card(h)));
      rooms.add(roomsSection());
    } catch (BackendProblem refusal) {
      alert.show(refusal.detailOr("暂时无法查看庭审。"));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
    }
  }

  private void run(UUID hearing, String action, Map<String, ?> body) {
    alert.clear();
    try {
      client.act(token(), hearing, action, body);
      load();
    } catch (BackendProblem refusal) {
      alert.show(refusal.detailOr("操作没有成功。"));
    } catch (BackendUnavailable e) {
      alert.show(BackendUnavailable.MESSAGE + "。");
    }
  }

  private Div card(StaffHearing s) {
    HearingsApi.Hearing h = s.hearing();
    Div card = new Div();
    card.addClassNames("card", "staff-hearing");
    card.getElement().setAttribute("data-hearing-id", h.id().toString());
    Paragraph status = new Paragraph("状态：" + h.statusLabel());
    status.addClassName("staff-status");
    String listing = !s.publicHearing()
        ? "不公开审理：" + (s.privacyGroundLabel() == null ? "" : s.privacyGroundLabel())
        : s.listed()
            ? "已在庭审预告中公开"
            : s.objections().stream().anyMatch(o -> o.decision() == null)
                ? "当事人提出异议，待决定，暂不公开"
                : "异议期内，" + CaseParts.dateTime(s.listedFrom()) + " 起公开";
    card.add(
        new H2(h.caseNumber()),
        new Paragraph(CaseParts.dateTime(h.startsAt()) + "　" + h.room().name()),
        new Paragraph("当事人（公开显示）：" + h.parties()),
        status,
        new Paragraph("公开情况：" + listing));

    Div controls = new Div();
    controls.addClassName("staff-controls");
    switch (s.liveStatus()) {
      case "SCHEDULED" -> controls.add(action("开始直播", h.id(), "live", true));
      case "LIVE" ->
        controls.add(action("休庭", h.id(), "pause", false), action("结束庭审", h.id(), "end", false));
      case "PAUSED" ->
        controls.add(action("继续直播", h.id(), "live", true), action("结束庭审", h.id(), "end", false));
      case "ENDED" -> {
        if ("PUBLISHED".equals(s.replayState())) {
          Button withdraw =
              new Button("撤回回放", e -> run(h.id(), "replay/withdraw", Map.of("reason", "工作人员撤回")));
          withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
          controls.add(withdraw);
        } else {
          TextField url = new TextField("回放地址（不填则用审判庭录像地址）");
          Button publish = new Button(
              "发布回放",
              e -> run(
                  h.id(),
                  "replay",
                  url.getValue().isBlank()
                      ? Map.of()
                      : Map.of("url", url.getValue().strip())));
          controls.add(url, publish);
        }
      }
      default -> {}
    }
    card.add(controls);

    if (!roomList.isEmpty()) {
      Select<UUID> room = new LabelledSelect<>();
      room.setLabel("审判庭");
      room.setItems(roomList.stream().map(RoomDetail::id).toList());
      Map<UUID, String> names = new HashMap<>();
      roomList.forEach(r -> names.put(r.id(), r.name() + "（" + r.floor() + "）"));
      room.setItemLabelGenerator(names::get);
      if (h.room().id() != null) {
        room.setValue(h.room().id());
      }
      room.addValueChangeListener(e -> {
        if (e.isFromClient() && e.getValue() != null) {
          try {
            client.assignRoom(token(), h.id(), e.getValue());
            load();
          } catch (BackendProblem refusal) {
            alert.show(refusal.detailOr("没有改成。"));
          }
        }
      });
      card.add(room);
    }

    Div objections = new Div(new H3("当事人对公开的异议"));
    objections.addClassName("objections");
    if (s.objections().isEmpty()) {
      objections.add(new Paragraph("没有异议。"));
    }
    for (Objection o : s.objections()) {
      objections.add(objection(h.id(), o));
    }
    Select<String> party = new LabelledSelect<>();
    party.setLabel("提出异议的当事人");
    party.setItems("APPLICANT", "RESPONDENT");
    party.setItemLabelGenerator(p -> "APPLICANT".equals(p) ? "申请人" : "被申请人");
    party.setValue("APPLICANT");
    TextArea reason = new TextArea("异议理由");
    Button record = new Button(
        "登记异议",
        e -> run(
            h.id(), "objections", Map.of("party", party.getValue(), "reason", reason.getValue())));
    Details add = new Details("登记当事人异议", new Div(party, reason, record));
    objections.add(add);
    card.add(objections);
    return card;
  }

  private Div objection(UUID hearing, Objection o) {
    Div box = new Div(new Paragraph(
        o.partyLabel() + "：" + o.reason() + "（" + CaseParts.dateTime(o.receivedAt()) + "）"));
    box.addClassName("objection");
    if (o.decision() != null) {
      box.add(new Paragraph(("UPHELD".equals(o.decision()) ? "已支持，不公开审理" : "已驳回，公开审理") + "。理由："
          + o.decisionReason()));
      return box;
    }
    Select<String> ground = new LabelledSelect<>();
    ground.setLabel("不公开的理由（支持异议时）");
    ground.setItems(GROUNDS.keySet().stream().toList());
    ground.setItemLabelGenerator(GROUNDS::get);
    TextArea why = new TextArea("决定理由");
    Button uphold = new Button("支持异议", e -> {
      Map<String, Object> body = new HashMap<>(Map.of("upheld", true, "reason", why.getValue()));
      if (ground.getValue() != null) {
        body.put("ground", ground.getValue());
      }
      run(hearing, "objections/" + o.id() + "/decision", body);
    });
    Button dismiss = new Button(
        "驳回异议",
        e -> run(
            hearing,
            "objections/" + o.id() + "/decision",
            Map.of("upheld", false, "reason", why.getValue())));
    box.add(ground, why, new Div(uphold, dismiss));
    return box;
  }

  private Button action(String label, UUID hearing, String action, boolean primary) {
    Button button = new Button(label, e -> run(hearing, action, Map.of()));
    if (primary) {
      button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }
    return button;
  }

  /** The room's building and floor as the 开庭通知书 prints them; staff correct them here. */
  private Details roomAddressEditor(RoomDetail r) {
    TextField address = new TextField("地址（楼宇所在的街道门牌）");
    address.setValue(r.address());
    address.setHelperText("开庭通知书上印给当事人，例如“襄阳市樊城区××路××号××大楼”");
    address.setWidthFull();
    TextField floor = new TextField("楼层和房间");
    floor.setValue(r.floor());
    floor.setWidthFull();
    Button save = new Button("保存地址", e -> {
      Map<String, Object> body = new HashMap<>();
      body.put("name", r.name());
      body.put("address", address.getValue());
      body.put("floor", floor.getValue());
      body.put("visitorNote", r.visitorNote());
      if (r.liveUrl() != null) {
        body.put("liveUrl", r.liveUrl());
      }
      if (r.replayUrlTemplate() != null) {
        body.put("replayUrlTemplate", r.replayUrlTemplate());
      }
      try {
        client.updateRoom(token(), r.id(), body);
        load();
      } catch (BackendProblem refusal) {
        alert.show(refusal, Map.of("address", address, "floor", floor), "地址没有保存。");
      } catch (BackendUnavailable unavailable) {
        alert.show(BackendUnavailable.MESSAGE + "。");
      }
    });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Details details = new Details("修改" + r.name() + "的地址", new Div(address, floor, save));
    details.addClassName("room-address");
    return details;
  }

  private Div roomsSection() {
    Div section = new Div(new H2("审判庭"));
    section.addClassName("rooms");
    if (roomList.isEmpty()) {
      section.add(new Paragraph("还没有登记审判庭。"));
    }
    roomList.forEach(r -> {
      section.add(new Paragraph(r.name() + "：" + r.address() + " " + r.floor()
          + (r.liveUrl() == null ? "（未接入直播）" : "（已接入直播）")));
      section.add(roomAddressEditor(r));
    });
    TextField name = new TextField("名称");
    TextField address = new TextField("地址");
    TextField floor = new TextField("楼层");
    TextArea note = new TextArea("旁听须知（带什么、怎么到）");
    TextField live = new TextField("直播地址（HLS .m3u8）");
    TextField replay = new TextField("录像地址模板（可含 {hearingId}）");
    Button save = new Button("添加审判庭", e -> {
      Map<String, Object> body = new HashMap<>();
      body.put("name", name.getValue());
      body.put("address", address.getValue());
      body.put("floor", floor.getValue());
      body.put("visitorNote", note.getValue());
      if (!live.getValue().isBlank()) {
        body.put("liveUrl", live.getValue().strip());
      }
      if (!replay.getValue().isBlank()) {
        body.put("replayUrlTemplate", replay.getValue().strip());
      }
      try {
        client.addRoom(token(), body);
        load();
      } catch (BackendProblem refusal) {
        alert.show(
            refusal,
            Map.of(
                "name",
                name,
                "address",
                address,
                "floor",
                floor,
                "liveUrl",
                live,
                "replayUrlTemplate",
                replay),
            "没有保存。");
      } catch (BackendUnavailable unavailable) {
        alert.show(BackendUnavailable.MESSAGE + "。");
      }
    });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    section.add(new Details("添加审判庭", new Div(name, address, floor, note, live, replay, save)));
    return section;
  }

  /** The staff session's token; every use follows {@link #beforeEnter}, which requires a signed-in user. */
  private String token() {
    if (token == null) {
      throw new IllegalStateException("not signed in");
    }
    return token;
  }
}
