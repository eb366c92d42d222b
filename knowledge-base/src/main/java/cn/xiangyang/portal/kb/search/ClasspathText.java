package cn.xiangyang.portal.kb.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the maintained text files (vocabulary, issues) that ship on the classpath. */
final class ClasspathText {

  private ClasspathText() {}

  /** The lines of a UTF-8 classpath resource; fails loudly when the resource is missing. */
  static List<String> lines(String resource) {
    try (InputStream in = ClasspathText.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
