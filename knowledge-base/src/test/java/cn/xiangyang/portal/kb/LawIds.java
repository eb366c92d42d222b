package cn.xiangyang.portal.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fixed law ids of {@code knowledge-base/LAW-IDS.txt}: reference file name to law id. */
final class LawIds {

  private LawIds() {}

  /** The module directory: the working directory under Maven, {@code knowledge-base/} under it otherwise. */
  static Path moduleDirectory() {
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("LAW-IDS.txt")) ? here : here.resolve("knowledge-base");
  }

  /** Reference file name (e.g. {@code 劳动法(2018-12-29).md}) to law id, in the order of the file. */
  static Map<String, String> byReferenceFile() {
    Map<String, String> ids = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(moduleDirectory().resolve("LAW-IDS.txt"))) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.strip().split("\\s+");
        ids.put(parts[0], parts[parts.length - 1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }
}
