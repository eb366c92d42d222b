package cn.xiangyang.portal.ui.compliance;

import cn.xiangyang.portal.ui.accounts.CurrentUser;
import cn.xiangyang.portal.ui.accounts.SignedIn;
import cn.xiangyang.portal.ui.filing.CaseParts;
import com.vaadin.flow.router.BeforeEnterEvent;
import org.jspecify.annotations.Nullable;

/** The check-up's staff pages' door: visitors log in first; a non-staff account gets null. */
final class StaffGate {

  static final String STAFF_ONLY = "此页面仅供仲裁委员会工作人员使用。";

  private StaffGate() {}

  static @Nullable SignedIn require(CurrentUser currentUser, BeforeEnterEvent event, String path) {
    SignedIn signedIn = currentUser.get().orElse(null);
    if (!CaseParts.requireSignIn(signedIn, event, path)) {
      return null;
    }
    return signedIn.account().isStaff() ? signedIn : null;
  }
}
