package cn.xiangyang.portal.ui.shell;

/** What the user is told about a failure that is not their fault. */
public final class Failures {

  /** Shown for an unexpected error: no detail that only a developer could use. */
  public static final String UNEXPECTED = "系统出现问题，请稍后再试。如需帮助，请拨打 12333。";

  private Failures() {}

  /** Whether the failure, or anything that caused it, is the backend being unreachable or down. */
  public static boolean isBackendUnavailable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BackendUnavailable) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
