package cn.xiangyang.portal.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The corpus files as read, by path relative to the {@code kb} directory ({@code laws/labor-law.md}), in path
 * order.
 *
 * @param contents the bytes of each corpus file: {@code laws/*.md}, {@code cases/*.md}, {@code faq/*.yaml}
 * @param problems files in those folders that are not corpus files, or listed in the manifest but missing
 */
record CorpusFiles(SortedMap<String, byte[]> contents, List<String> problems) {

  /** Where the build lists every file under {@code kb/}, one path a line, for reading the corpus out of a jar. */
  static final String MANIFEST = "kb/manifest.txt";

  private static final Pattern CORPUS_FILE =
      Pattern.compile("(laws|cases)/[^/]+\\.md|faq/[^/]+\\.yaml");
  private static final Pattern IN_CORPUS_FOLDER = Pattern.compile("(laws|cases|faq)/.*");

  CorpusFiles {
    contents = Collections.unmodifiableSortedMap(new TreeMap<>(contents));
    problems = List.copyOf(problems);
  }

  /** Reads the corpus files under a {@code kb} directory; a missing folder means no files of that kind. */
  static CorpusFiles fromDirectory(Path kbDirectory) {
    if (!Files.isDirectory(kbDirectory)) {
      throw new UncheckedIOException(new IOException("not a directory: " + kbDirectory));
    }
    List<String> paths = new ArrayList<>();
    for (String folder : List.of("laws", "cases", "faq")) {
      Path dir = kbDirectory.resolve(folder);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(Files::isRegularFile).forEach(f -> paths.add(folder + "/" + f.getFileName()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return select(paths, path -> {
      try {
        return Files.readAllBytes(kbDirectory.resolve(path));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Reads the corpus from the classpath: by walking the {@code kb} directory when it is a directory (tests, IDE),
   * otherwise through {@value #MANIFEST}, which the build writes into the jar.
   *
   * @throws CorpusInvalid when there is no corpus on the classpath or the jar has no manifest
   */
  static CorpusFiles fromClasspath(ClassLoader loader) {
    URL marker = loader.getResource(MANIFEST);
    if (marker == null) {
      marker = loader.getResource("kb/laws");
    }
    if (marker == null) {
      throw new CorpusInvalid(
          List.of("classpath: 找不到知识库目录 kb/ / no kb/ directory on the classpath"));
    }
    if ("file".equals(marker.getProtocol())) {
      try {
        Path directory = Path.of(marker.toURI()).getParent();
        if (directory == null) {
          throw new CorpusInvalid(
              List.of("classpath: 知识库目录 kb/ 不在任何目录中 / kb/ has no parent directory"));
        }
        return fromDirectory(directory);
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    byte[] manifest = resource(loader, MANIFEST);
    if (manifest == null) {
      throw new CorpusInvalid(List.of("classpath: " + marker + " 缺少清单 " + MANIFEST
          + "（应由构建生成） / has no " + MANIFEST + " (the build writes it)"));
    }
    List<String> paths = new String(manifest, StandardCharsets.UTF_8)
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .toList();
    return select(paths, path -> resource(loader, "kb/" + path));
  }

  /** SHA-256 over every file's path and bytes, in path order, as lowercase hex. */
  String contentHash() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, byte[]> file : contents.entrySet()) {
        sha.update(file.getKey().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(file.getValue());
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private interface Reader {
    byte @Nullable [] read(String path);
  }

  private static CorpusFiles select(List<String> paths, Reader reader) {
    SortedMap<String, byte[]> contents = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (String path : paths) {
      String name = path.substring(path.lastIndexOf('/') + 1);
      if (name.startsWith(".") || !IN_CORPUS_FOLDER.matcher(path).matches()) {
        continue;
      }
      if (!CORPUS_FILE.matcher(path).matches()) {
        problems.add(path + ": 不是知识库文件（应为 laws/*.md、cases/*.md 或 faq/*.yaml），未读取"
            + " / not a corpus file (laws/*.md, cases/*.md or faq/*.yaml), not read");
        continue;
      }
      byte[] bytes = reader.read(path);
      if (bytes == null) {
        problems.add(path + ": 清单中列出但找不到该文件 / listed in the manifest but not found");
      } else {
        contents.put(path, bytes);
      }
    }
    return new CorpusFiles(contents, problems);
  }

  private static byte @Nullable [] resource(ClassLoader loader, String name) {
    try (InputStream in = loader.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
