package cn.xiangyang.portal.ui.shell;

/**
 * The backend could not be reached, timed out, or failed on its side (5xx): nothing the user typed is
 * wrong, they can only try again later.
 */
public class BackendUnavailable extends RuntimeException {

  /** What the user is told, whatever the cause. */
  public static final String MESSAGE = "服务暂时不可用，请稍后再试";

  public BackendUnavailable(String reason, Throwable cause) {
    super(reason, cause);
  }

  public BackendUnavailable(String reason) {
    super(reason);
  }
}
