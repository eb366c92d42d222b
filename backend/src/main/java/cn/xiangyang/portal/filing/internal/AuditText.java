package cn.xiangyang.portal.filing.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The audit trail in words: what was done and by whom, never a code such as {@code case.accepted}. */
final class AuditText {

  private static final Map<String, String> ACTIONS = Map.ofEntries(
      Map.entry("filing.draft.created", "创建申请草稿"),
      Map.entry("filing.draft.deleted", "删除申请草稿"),
      Map.entry("case.submitted", "提交仲裁申请"),
      Map.entry("case.resubmitted", "补正后重新提交申请"),
      Map.entry("case.accepted", "受理申请"),
      Map.entry("case.accepted-to-arbitration", "受理申请，转入仲裁审理"),
      Map.entry("case.rejected", "决定不予受理"),
      Map.entry("case.correction-requested", "通知申请人补正"),
      Map.entry("case.assigned", "指派承办人员"),
      Map.entry("case.served", "记录申请书副本送达"),
      Map.entry("document.served", "记录文书书面送达"),
      Map.entry("case.mediation-started", "开始调解"),
      Map.entry("case.mediated", "记录调解协议"),
      Map.entry("case.arbitration", "转入仲裁审理"),
      Map.entry("case.hearing-scheduled", "安排开庭"),
      Map.entry("case.award-extension-requested", "申请延长审理期限"),
      Map.entry("case.award-extended", "批准延长审理期限"),
      Map.entry("case.claims-changed", "受理增加或变更的仲裁请求"),
      Map.entry("case.party-added", "追加当事人"),
      Map.entry("case.counter-application-accepted", "受理反申请并合并处理"),
      Map.entry("case.transferred", "移送管辖"),
      Map.entry("case.transfer-accepted", "接受移送"),
      Map.entry("case.suspended", "中止审理"),
      Map.entry("case.resumed", "恢复审理"),
      Map.entry("case.awarded", "作出裁决"),
      Map.entry("case.closed", "结案"),
      Map.entry("case.withdrawn", "申请人撤回申请"),
      Map.entry("case.defence", "被申请人提交答辩"),
      Map.entry("case.defence-declined", "被申请人表示不提交答辩"),
      Map.entry("case.defence-voided", "冒用单位名义的答辩作废"),
      Map.entry("evidence.uploaded", "提交证据"),
      Map.entry("evidence.deleted", "删除证据"));

  private AuditText() {}

  /** The action in words; a code not known here is "其他操作", never shown raw. */
  static String action(String code) {
    return ACTIONS.getOrDefault(code, "其他操作");
  }

  /** Who acted: the person's name with their side of the case, or 系统 when nobody signed in did it. */
  static String actor(@Nullable String name, @Nullable String kind) {
    if (name == null || name.isBlank()) {
      return "系统";
    }
    String side = kind == null
        ? ""
        : switch (kind) {
          case "WORKER" -> "（申请人）";
          case "EMPLOYER" -> "（被申请人）";
          case "STAFF" -> "（工作人员）";
          default -> "";
        };
    return name + side;
  }
}
