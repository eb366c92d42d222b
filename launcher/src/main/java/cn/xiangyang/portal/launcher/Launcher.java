package cn.xiangyang.portal.launcher;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start command's launcher: {@code java -jar launcher-exec.jar backend.jar [backend arguments]}.
 *
 * <p>Prepares the local defaults ({@link LocalServices}: a local or embedded PostgreSQL and Redis,
 * the data key, the first administrator's password), supervises the embedded servers, and runs the
 * backend jar as a child process with the same JVM options, giving it those settings as environment
 * variables. On the embedded default the backend listens on loopback only ({@code
 * PORTAL_BACKEND_ADDRESS} overrides it). Exits with the backend's exit status, after stopping what it
 * started. The production image runs the backend jar directly and contains none of this.
 */
public final class Launcher {

  static {
    // Not logback.xml: this jar is also on the backend's test classpath, whose logging is Spring
    // Boot's.
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "launcher-logback.xml");
    }
  }

  private static final Logger log = LoggerFactory.getLogger(Launcher.class);

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || !Files.isRegularFile(Path.of(args[0]))) {
      System.err.println("用法：java -jar launcher-exec.jar backend.jar [后端参数 …]");
      System.exit(2);
    }
    LocalServices services = LocalServices.prepare();
    services.supervise(Duration.ofSeconds(1));

    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current()
        .info()
        .command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("-jar");
    command.add(args[0]);
    command.addAll(Arrays.asList(args).subList(1, args.length));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().putAll(services.settings());
    String address = LocalServices.setting("PORTAL_BACKEND_ADDRESS");
    builder.environment().put("SERVER_ADDRESS", address == null ? "127.0.0.1" : address);
    Process backend = builder.start();
    log.info("后端已启动（进程 {}）", backend.pid());

    Runtime.getRuntime()
        .addShutdownHook(new Thread(
            () -> {
              // The backend closes before the database it uses.
              backend.destroy();
              try {
                if (!backend.waitFor(40, TimeUnit.SECONDS)) {
                  backend.destroyForcibly();
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              services.close();
            },
            "launcher-shutdown"));
    int status = backend.waitFor();
    log.warn("后端进程已退出（状态 {}）", status);
    System.exit(status);
  }
}
