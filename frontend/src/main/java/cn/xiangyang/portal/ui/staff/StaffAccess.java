package cn.xiangyang.portal.ui.staff;

import cn.xiangyang.portal.ui.accounts.SignedIn;
import cn.xiangyang.portal.ui.filing.CaseParts;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import org.jspecify.annotations.Nullable;

/** The staff pages' door: visitors log in first; parties are told the page is for staff only. */
final class StaffAccess {

  static final String STAFF_ONLY = "此页面仅供仲裁委员会工作人员使用。";

  private StaffAccess() {}

  /** Whether the page may show; otherwise it forwards to login or returns false for a non-staff account. */
  static boolean allowed(@Nullable SignedIn signedIn, BeforeEnterEvent event, String path) {
    if (!CaseParts.requireSignIn(signedIn, event, path)) {
      return false;
    }
    return signedIn.account().isStaff();
  }

  static Paragraph refusal() {
    return new Paragraph(STAFF_ONLY);
  }
}
