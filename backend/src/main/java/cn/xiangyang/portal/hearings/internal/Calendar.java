package cn.xiangyang.portal.hearings.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the public schedule as an iCalendar feed (RFC 5545): one VEVENT per hearing, times in UTC,
 * text escaped and lines folded at 75 octets without splitting a UTF-8 character.
 */
final class Calendar {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  // Hearings have no announced end; calendars get a nominal hour.
  private static final Duration NOMINAL = Duration.ofHours(1);

  private Calendar() {}

  static String of(List<Views.PublicHearing> hearings, Instant now, String pageUrl) {
    StringBuilder ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//Xiangyang labor arbitration//hearings//ZH");
    line(ics, "CALSCALE:GREGORIAN");
    line(ics, "METHOD:PUBLISH");
    line(ics, "X-WR-CALNAME:" + text("襄阳劳动人事争议仲裁 庭审预告"));
    line(ics, "X-WR-TIMEZONE:Asia/Shanghai");
    for (Views.PublicHearing h : hearings) {
      line(ics, "BEGIN:VEVENT");
      line(ics, "UID:" + h.id() + "@hearings.xiangyang-portal");
      line(ics, "DTSTAMP:" + UTC.format(now));
      line(ics, "DTSTART:" + UTC.format(h.startsAt()));
      line(ics, "DTEND:" + UTC.format(h.startsAt().plus(NOMINAL)));
      String causes =
          String.join("、", h.causes().stream().map(Views.CauseView::label).toList());
      line(ics, "SUMMARY:" + text("公开庭审：" + h.parties() + "（" + causes + "）"));
      String where = h.commission().name() + " " + h.room().name()
          + (h.room().address() == null ? "" : "，" + h.room().address())
          + (h.room().floor() == null ? "" : " " + h.room().floor());
      line(ics, "LOCATION:" + text(where));
      line(
          ics,
          "DESCRIPTION:"
              + text("案号：" + h.caseNumber() + "\n案由：" + causes + "\n状态：" + h.statusLabel()
                  + (h.room().visitorNote() == null || h.room().visitorNote().isBlank()
                      ? ""
                      : "\n旁听须知：" + h.room().visitorNote())));
      line(ics, "URL:" + pageUrl + h.id());
      line(ics, "STATUS:CONFIRMED");
      line(ics, "END:VEVENT");
    }
    line(ics, "END:VCALENDAR");
    return ics.toString();
  }

  static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\n", "\\n");
  }

  /** Appends a content line folded at 75 octets (a fold is CRLF and one space). */
  private static void line(StringBuilder out, String content) {
    int octets = 0;
    int i = 0;
    while (i < content.length()) {
      int cp = content.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > 75) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
  }
}
