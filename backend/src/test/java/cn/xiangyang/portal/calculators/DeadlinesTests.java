package cn.xiangyang.portal.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DeadlinesTests {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Test
  void acceptanceIsDueFiveDaysAfterReceipt() {
    assertThat(Deadlines.acceptanceDue(LocalDate.of(2026, 12, 28))).isEqualTo(LocalDate.of(2027, 1, 2));
  }

  @Test
  void defenceIsDueTenDaysAfterService() {
    assertThat(Deadlines.defenceDue(LocalDate.of(2028, 2, 20))).isEqualTo(LocalDate.of(2028, 3, 1));
  }

  @Test
  void awardIsDueFortyFiveDaysAfterAcceptanceOrSixtyWithTheExtension() {
    LocalDate accepted = LocalDate.of(2026, 1, 1);
    assertThat(Deadlines.awardDue(accepted, false)).isEqualTo(LocalDate.of(2026, 2, 15));
    assertThat(Deadlines.awardDue(accepted, true)).isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void hearingNeedsFiveDaysNotice() {
    LocalDate notice = LocalDate.of(2026, 11, 27);
    assertThat(Deadlines.noticeEarlyEnough(notice, notice.plusDays(5))).isTrue();
    assertThat(Deadlines.noticeEarlyEnough(notice, notice.plusDays(4))).isFalse();
    assertThat(Deadlines.earliestHearingDate(notice)).isEqualTo(LocalDate.of(2026, 12, 2));
  }

  @Test
  void urgencyIsNearWithinTwoDaysAndOverdueAfterTheLastDay() {
    Deadlines d = new Deadlines(Clock.fixed(LocalDate.of(2026, 11, 27).atStartOfDay(ZONE).toInstant(), ZONE));
    assertThat(d.urgency(LocalDate.of(2026, 12, 1))).isEqualTo(Deadlines.Urgency.ON_TRACK);
    assertThat(d.urgency(LocalDate.of(2026, 11, 29))).isEqualTo(Deadlines.Urgency.NEAR);
    assertThat(d.urgency(LocalDate.of(2026, 11, 27))).isEqualTo(Deadlines.Urgency.NEAR);
    assertThat(d.urgency(LocalDate.of(2026, 11, 26))).isEqualTo(Deadlines.Urgency.OVERDUE);
  }

  @Test
  void datesFollowShanghaiNotUtc() {
    // 2026-11-27 17:00 UTC is already 28 November in Xiangyang.
    Deadlines d = new Deadlines(Clock.fixed(java.time.Instant.parse("2026-11-27T17:00:00Z"), ZONE));
    assertThat(d.today()).isEqualTo(LocalDate.of(2026, 11, 28));
  }
}
