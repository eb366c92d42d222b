package cn.xiangyang.portal.filing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.commissions.Commission;
import cn.xiangyang.portal.filing.HearingPlaces;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the 开庭通知书 says the hearing is (劳动争议调解仲裁法 第三十五条): never an invented address. */
class HearingPlaceTests {

  static final Commission BARE = new Commission("nanzhang", "南漳县劳动人事争议仲裁委员会");
  static final Commission WITH_ADDRESS = new Commission(
      "nanzhang", "南漳县劳动人事争议仲裁委员会", "测试路 2 号", null, null, "某网页", LocalDate.of(2026, 12, 7), false);

  @Test
  void aRegisteredRoomGivesItsBuildingFloorAndName() {
    assertThat(StaffCases.hearingPlace(
            WITH_ADDRESS,
            "第一仲裁庭",
            Optional.of(new HearingPlaces.Place("第一仲裁庭", "测试大道 5 号仲裁楼", "五楼 501 室"))))
        .isEqualTo("南漳县劳动人事争议仲裁委员会（测试大道 5 号仲裁楼 五楼 501 室 第一仲裁庭）");
  }

  @Test
  void anUnregisteredRoomFallsBackToTheCommissionsAddressMarkedWhenUnconfirmed() {
    assertThat(StaffCases.hearingPlace(WITH_ADDRESS, "第二仲裁庭", Optional.empty()))
        .isEqualTo("南漳县劳动人事争议仲裁委员会（测试路 2 号（待核实） 第二仲裁庭）");
  }

  @Test
  void withNoAddressAnywhereTheNoticeSaysSo() {
    assertThat(StaffCases.hearingPlace(BARE, "第二仲裁庭", Optional.empty()))
        .isEqualTo("南漳县劳动人事争议仲裁委员会 第二仲裁庭（审判庭地址尚未在本平台登记，请按下方电话查询）");
    assertThat(StaffCases.hearingNotice("劳人仲案字〔2026〕1号", "2026年12月28日 09:30", "X", BARE))
        .contains("开庭地点：X。", "居民身份证", "委托书（第二十四条）", "第三十五条", "第三十六条", "12333");
  }
}
