package cn.xiangyang.portal.commissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The contact line of the notices: what is recorded, marked 待核实 when one source only gave it, else 12333. */
class CommissionContactLineTests {

  static final String NAME = "保康县劳动人事争议仲裁委员会";

  @Test
  void nothingRecordedGivesThe12333LineAndNoAddress() {
    assertThat(new Commission("baokang", NAME).contactLine())
        .isEqualTo(NAME + "。" + Commission.FALLBACK)
        .contains("12333")
        .doesNotContain("地址：")
        .doesNotContain("电话：");
  }

  @Test
  void oneSourceOnlyIsMarkedToBeChecked() {
    Commission c = new Commission(
        "baokang",
        NAME,
        "测试路 1 号",
        "0710-7654321",
        "工作日 8:30-17:30",
        "某网页",
        LocalDate.of(2026, 12, 7),
        false);
    assertThat(c.contactLine())
        .isEqualTo(NAME + "　地址：测试路 1 号（待核实）；办公时间：工作日 8:30-17:30（待核实）；电话：0710-7654321（待核实）。");
  }

  @Test
  void confirmedDetailsAreShownPlainAndAMissingPhoneStillPointsTo12333() {
    Commission confirmed = new Commission(
        "baokang", NAME, "测试路 1 号", "0710-7654321", null, "两个来源", LocalDate.of(2026, 12, 7), true);
    assertThat(confirmed.contactLine()).isEqualTo(NAME + "　地址：测试路 1 号；电话：0710-7654321。");
    Commission noPhone = new Commission(
        "baokang", NAME, "测试路 1 号", null, null, "某网页", LocalDate.of(2026, 12, 7), false);
    assertThat(noPhone.contactLine()).contains("地址：测试路 1 号（待核实）", "电话尚未在本平台登记", "12333");
  }
}
