package cn.xiangyang.portal.ui.hearings;

import cn.xiangyang.portal.ui.hearings.HearingsApi.Code;
import cn.xiangyang.portal.ui.hearings.HearingsApi.Hearing;
import cn.xiangyang.portal.ui.hearings.HearingsApi.StatusChange;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One hearing of the public schedule: when and where, masked parties, causes, a status badge in words
 * that follows the live status, and the player for the live stream or the replay.
 */
public class HearingCard extends Div {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M月d日");

  private Hearing hearing;
  private final Span badge = new Span();
  private final Div watch = new Div();
  private final HlsPlayer player = new HlsPlayer();
  private boolean playerOpen;

  public HearingCard(Hearing hearing, boolean openPlayer) {
    this.hearing = hearing;
    this.playerOpen = openPlayer;
    addClassNames("card", "hearing-card");
    getElement().setAttribute("data-hearing-id", hearing.id().toString());
    badge.addClassName("status-badge");
    badge.getElement().setAttribute("role", "status");
    String day = DATE.format(hearing.date()) + " "
        + hearing.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.SIMPLIFIED_CHINESE);
    Paragraph when = new Paragraph(new Span(day + " " + hearing.time()), badge);
    when.addClassName("hearing-when");
    RouterLink title = new RouterLink(
        hearing.parties(),
        HearingView.class,
        new RouteParameters("id", hearing.id().toString()));
    String causes = hearing.causes().stream().map(Code::label).collect(Collectors.joining("、"));
    Paragraph what = new Paragraph("案由：" + causes + "　案号：" + hearing.caseNumber());
    StringBuilder place =
        new StringBuilder(hearing.commission().name() + " " + hearing.room().name());
    if (hearing.room().address() != null) {
      place.append("（").append(hearing.room().address());
      if (hearing.room().floor() != null) {
        place.append(" ").append(hearing.room().floor());
      }
      place.append("）");
    }
    add(when, new H2(title), what, new Paragraph("地点：" + place));
    if (hearing.room().visitorNote() != null && !hearing.room().visitorNote().isBlank()) {
      Paragraph note = new Paragraph("旁听须知：" + hearing.room().visitorNote());
      note.addClassName("visitor-note");
      add(note);
    }
    watch.addClassName("hearing-watch");
    add(watch);
    render();
  }

  public Hearing hearing() {
    return hearing;
  }

  /** Follows a pushed status change. */
  public void update(StatusChange change) {
    hearing = hearing.withStatus(change);
    render();
  }

  private void render() {
    badge.setText(hearing.statusLabel());
    badge.getElement().setAttribute("data-status", hearing.status());
    watch.removeAll();
    String url = switch (hearing.status()) {
      case "LIVE", "PAUSED" -> hearing.liveUrl();
      case "REPLAY" -> hearing.replayUrl();
      default -> null;
    };
    String none = switch (hearing.status()) {
      case "SCHEDULED" -> "直播尚未开始";
      case "PAUSED" -> "休庭中，稍后继续";
      case "ENDED" -> "庭审已结束，暂无回放";
      default -> "暂无直播信号";
    };
    if (url == null || !playerOpen) {
      player.show(null, "", none);
    }
    if (url != null && !playerOpen) {
      Button open = new Button("REPLAY".equals(hearing.status()) ? "观看回放" : "观看直播", e -> {
        playerOpen = true;
        render();
      });
      open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      watch.add(open);
      return;
    }
    if (url != null) {
      player.show(
          url, ("REPLAY".equals(hearing.status()) ? "庭审回放：" : "庭审直播：") + hearing.parties(), none);
    }
    watch.add(player);
  }
}
