package cn.xiangyang.portal.ui.shell;

import com.vaadin.flow.server.VaadinRequest;
import org.jspecify.annotations.Nullable;

/**
 * The visitor's network address, which the frontend reports to the backend in {@code X-Forwarded-For}
 * so that the backend's limits per address apply to each visitor rather than to the frontend as a whole.
 * On a request thread it is the request's remote address; a background thread started for the visitor
 * runs its work through {@link #runAs}.
 */
public final class ClientAddress {

  /** The header the backend reads (only from trusted proxies such as this frontend). */
  public static final String HEADER = "X-Forwarded-For";

  /** The header that proves to the backend that {@link #HEADER} comes from this frontend. */
  public static final String PROXY_KEY_HEADER = "X-Portal-Proxy-Key";

  /**
   * The key the start command shares between this frontend and the backend ({@code PORTAL_PROXY_KEY});
   * null when none is set (then the backend trusts the frontend by its address alone).
   */
  public static final @Nullable String PROXY_KEY = blankToNull(System.getenv("PORTAL_PROXY_KEY"));

  private static final ThreadLocal<String> BOUND = new ThreadLocal<>();

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private ClientAddress() {}

  /** The current visitor's address, or {@code null} outside a visitor's request or task. */
  public static @Nullable String current() {
    String bound = BOUND.get();
    if (bound != null) {
      return bound;
    }
    VaadinRequest request = VaadinRequest.getCurrent();
    return request == null ? null : request.getRemoteAddr();
  }

  /** Runs {@code task} on this thread as done for the visitor at {@code address}. */
  public static void runAs(@Nullable String address, Runnable task) {
    if (address == null) {
      task.run();
      return;
    }
    BOUND.set(address);
    try {
      task.run();
    } finally {
      BOUND.remove();
    }
  }
}
