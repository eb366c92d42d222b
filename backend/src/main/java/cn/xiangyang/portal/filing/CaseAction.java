package cn.xiangyang.portal.filing;

/**
 * What a party or the commission can do with a case. Which action is possible in which state, for
 * whom, and where it leads is defined in one place, the filing module's transition table; case views
 * list these actions for the viewer as {@code allowedActions}, with the reason when one is not allowed.
 */
public enum CaseAction {
  EDIT_APPLICATION("修改申请书"),
  ADD_EVIDENCE("提交证据"),
  REMOVE_EVIDENCE("删除证据"),
  SUBMIT("提交申请"),
  RESUBMIT("补正后重新提交"),
  WITHDRAW("撤回申请"),
  DELETE_DRAFT("删除草稿"),
  SUBMIT_DEFENCE("提交答辩"),
  ACCEPT("受理"),
  REJECT("不予受理"),
  REQUEST_CORRECTION("通知补正"),
  ASSIGN("指派承办人员"),
  RECORD_SERVICE("记录送达"),
  START_MEDIATION("开始调解"),
  RECORD_AGREEMENT("记录调解协议"),
  MOVE_TO_ARBITRATION("转入仲裁"),
  SCHEDULE_HEARING("安排开庭"),
  REQUEST_AWARD_EXTENSION("申请延长审理期限"),
  EXTEND_AWARD_DEADLINE("批准延长审理期限"),
  CHANGE_CLAIMS("受理增加或变更的仲裁请求"),
  ADD_PARTY("追加当事人"),
  ACCEPT_COUNTER_APPLICATION("受理反申请并合并处理"),
  TRANSFER_JURISDICTION("移送管辖"),
  ACCEPT_TRANSFER("接受移送"),
  SUSPEND("中止审理"),
  RESUME("恢复审理"),
  AWARD("作出裁决"),
  CLOSE("结案");

  private final String label;

  CaseAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
