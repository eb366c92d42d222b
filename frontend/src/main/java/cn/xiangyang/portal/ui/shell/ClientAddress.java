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

    private static final ThreadLocal<String> BOUND = new ThreadLocal<>();

    private ClientAddress() {
    }

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
