package cn.xiangyang.portal.hearings.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Masks the parties of a hearing for the public listing: a person keeps the surname ({@code 张某},
 * {@code 欧阳某}), an organisation keeps its industry word and legal form ({@code 某科技有限公司}); nothing
 * of a personal name, ID number or phone number survives. Free text shown in public (room names) loses
 * anything that looks like an ID or phone number.
 */
final class PartyMask {

  private static final List<String> COMPOUND_SURNAMES = List.of(
      "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐", "夏侯", "轩辕",
      "端木", "西门", "南宫", "独孤", "百里", "呼延", "万俟", "钟离", "澹台", "申屠");

  // Longest first, so that 股份有限公司 wins over 有限公司.
  private static final List<String> FORMS = List.of(
      "有限责任公司", "股份有限公司", "股份合作公司", "有限公司", "集团公司", "分公司", "公司", "集团", "合伙企业", "专业合作社", "合作社",
      "事务所", "研究院", "研究所", "医院", "学校", "幼儿园", "酒店", "宾馆", "饭店", "商行", "超市", "中心", "门市部", "经营部",
      "工作室", "厂", "店", "馆", "站", "场", "部", "社", "院");

  private static final List<String> INDUSTRIES = List.of(
      "信息技术", "网络科技", "建设工程", "建材", "水泥", "陶瓷", "矿业", "电力", "通信", "电器", "塑料", "光电", "新能源", "生物",
      "保险", "电子商务", "房地产开发", "建筑工程", "建筑劳务", "人力资源", "物业管理", "汽车零部件", "科技", "机械", "建筑", "建设", "工程",
      "劳务", "物流", "运输", "餐饮", "商贸", "贸易", "电子", "电气", "服装", "纺织", "食品", "汽车", "物业", "房地产", "置业",
      "医药", "化工", "教育", "培训", "文化", "传媒", "广告", "网络", "信息", "软件", "实业", "投资", "装饰", "家政", "保安",
      "环保", "能源", "农业", "制造", "包装", "印刷", "材料", "设备", "钢铁", "金属", "家具", "酒业", "旅游", "健康", "医疗",
      "保洁", "快递", "管理", "咨询", "服务");

  private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]|\\d{15}");
  private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

  private PartyMask() {}

  /** {@code 张某 诉 某科技有限公司}; several respondents joined by {@code 、}. */
  static String parties(String applicant, List<String> respondents) {
    List<String> masked = respondents.stream().map(PartyMask::party).distinct().toList();
    return party(applicant) + " 诉 " + (masked.isEmpty() ? "被申请人" : String.join("、", masked));
  }

  /** One party, masked: a person by surname, an organisation by industry and legal form. */
  static String party(String name) {
    String n = name.strip().replaceAll("\\s+", "");
    if (n.isEmpty()) {
      return "某";
    }
    String form = FORMS.stream().filter(n::endsWith).findFirst().orElse(null);
    if (form == null && n.length() <= 4 && n.codePoints().allMatch(PartyMask::isHan)) {
      String surname =
          COMPOUND_SURNAMES.stream().filter(n::startsWith).findFirst().orElse(n.substring(0, 1));
      return surname + "某";
    }
    if (form == null) {
      return "某单位";
    }
    // A branch keeps only its form (分公司): the parent's name would identify it.
    String head = n.substring(0, n.length() - form.length());
    String industry = INDUSTRIES.stream()
        .filter(head::endsWith)
        .max(java.util.Comparator.comparingInt(String::length))
        .orElse("");
    return "某" + industry + form;
  }

  /** Free text with ID-number- and phone-like digit runs replaced by {@code ***}. */
  static String scrub(String text) {
    return PHONE.matcher(ID_NUMBER.matcher(text).replaceAll("***")).replaceAll("***");
  }

  private static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '·';
  }
}
