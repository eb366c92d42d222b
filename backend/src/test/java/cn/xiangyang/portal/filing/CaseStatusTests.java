package cn.xiangyang.portal.filing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseStatusTests {

  @Test
  void aDraftCanOnlyBeSubmitted() {
    assertThat(CaseStatus.DRAFT.next()).containsExactly(CaseStatus.SUBMITTED);
  }

  @Test
  void noAwardWithoutAHearingAndNothingAfterTheEnd() {
    assertThat(CaseStatus.IN_ARBITRATION.canMoveTo(CaseStatus.AWARDED)).isFalse();
    assertThat(CaseStatus.HEARING_SCHEDULED.canMoveTo(CaseStatus.AWARDED)).isTrue();
    assertThat(CaseStatus.CLOSED.next()).isEmpty();
    assertThat(CaseStatus.REJECTED.next()).isEmpty();
    assertThat(CaseStatus.WITHDRAWN.next()).isEmpty();
  }

  @Test
  void everyCaseUnderWayCanBeWithdrawnButNotADecidedOne() {
    for (CaseStatus s : CaseStatus.values()) {
      boolean underWay = s == CaseStatus.SUBMITTED || s == CaseStatus.CORRECTION_REQUESTED || s.pending();
      assertThat(s.canMoveTo(CaseStatus.WITHDRAWN)).as(s.name()).isEqualTo(underWay);
    }
  }

  @Test
  void mediationIsPossibleUntilTheAward() {
    assertThat(CaseStatus.IN_ARBITRATION.canMoveTo(CaseStatus.MEDIATED)).isTrue();
    assertThat(CaseStatus.HEARING_SCHEDULED.canMoveTo(CaseStatus.MEDIATED)).isTrue();
    assertThat(CaseStatus.AWARDED.canMoveTo(CaseStatus.MEDIATED)).isFalse();
  }
}
