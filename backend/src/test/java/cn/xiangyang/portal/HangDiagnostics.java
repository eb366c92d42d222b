package cn.xiangyang.portal;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * When a test fails on a request that got no answer in time ("Timeout on blocking read"), prints what
 * the backend in this JVM was doing: every thread's stack and the connection pool's counts. A hang
 * seen twice in CI left nothing to go on; the next one leaves its evidence in the test output.
 */
public class HangDiagnostics implements TestExecutionExceptionHandler {

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    if (isTimeout(failure)) {
      StringBuilder out = new StringBuilder("\n===== HangDiagnostics: ")
          .append(context.getDisplayName())
          .append(" =====\n");
      try {
        ApplicationContext spring = SpringExtension.getApplicationContext(context);
        for (ConnectionFactory factory :
            spring.getBeansOfType(ConnectionFactory.class).values()) {
          ConnectionPool pool = factory instanceof ConnectionPool p ? p : null;
          if (pool == null
              && factory instanceof io.r2dbc.spi.Wrapped<?> w
              && w.unwrap() instanceof ConnectionPool p) {
            pool = p;
          }
          if (pool != null) {
            pool.getMetrics()
                .ifPresent(m -> out.append("r2dbc pool: acquired=")
                    .append(m.acquiredSize())
                    .append(" idle=")
                    .append(m.idleSize())
                    .append(" pending=")
                    .append(m.pendingAcquireSize())
                    .append(" allocated=")
                    .append(m.allocatedSize())
                    .append(" max=")
                    .append(m.getMaxAllocatedSize())
                    .append('\n'));
          }
        }
      } catch (RuntimeException e) {
        out.append("(no pool metrics: ").append(e).append(")\n");
      }
      ThreadInfo[] threads = ManagementFactory.getThreadMXBean().dumpAllThreads(true, true);
      out.append(
          Arrays.stream(threads).map(HangDiagnostics::describe).collect(Collectors.joining()));
      System.err.println(out);
    }
    throw failure;
  }

  private static boolean isTimeout(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof IllegalStateException
          && String.valueOf(c.getMessage()).contains("Timeout on blocking read")) {
        return true;
      }
    }
    return false;
  }

  private static String describe(ThreadInfo t) {
    StringBuilder s =
        new StringBuilder("\"").append(t.getThreadName()).append("\" ").append(t.getThreadState());
    if (t.getLockName() != null) {
      s.append(" on ").append(t.getLockName());
    }
    s.append('\n');
    for (StackTraceElement e :
        Arrays.copyOf(t.getStackTrace(), Math.min(t.getStackTrace().length, 25))) {
      s.append("    at ").append(e).append('\n');
    }
    return s.toString();
  }
}
