package cn.xiangyang.portal.hearings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartyMaskTests {

  @Test
  void keepsOnlyTheSurnameOfAPerson() {
    assertThat(PartyMask.party("张三")).isEqualTo("张某");
    assertThat(PartyMask.party("张三丰")).isEqualTo("张某");
    assertThat(PartyMask.party("欧阳明月")).isEqualTo("欧阳某");
    assertThat(PartyMask.party(" 李 四 ")).isEqualTo("李某");
  }

  @Test
  void keepsOnlyIndustryAndFormOfAnOrganisation() {
    assertThat(PartyMask.party("襄阳飞腾科技有限公司")).isEqualTo("某科技有限公司");
    assertThat(PartyMask.party("湖北襄阳某某机械股份有限公司")).isEqualTo("某机械股份有限公司");
    assertThat(PartyMask.party("谷城县老王餐馆")).isEqualTo("某馆");
    assertThat(PartyMask.party("XYZ Holdings")).isEqualTo("某单位");
  }

  @Test
  void joinsApplicantAndRespondents() {
    assertThat(PartyMask.parties("张三", List.of("襄阳飞腾科技有限公司"))).isEqualTo("张某 诉 某科技有限公司");
    assertThat(PartyMask.parties("张三", List.of("甲科技有限公司", "乙科技有限公司"))).isEqualTo("张某 诉 某科技有限公司");
  }

  @Test
  void scrubsIdAndPhoneNumbersFromFreeText() {
    assertThat(PartyMask.scrub("第一庭 13712345678 420602198805120017")).isEqualTo("第一庭 *** ***");
  }
}
