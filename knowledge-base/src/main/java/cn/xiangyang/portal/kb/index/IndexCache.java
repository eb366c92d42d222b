package cn.xiangyang.portal.kb.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Properties;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The on-disk cache of built indexes, one folder per cache key (corpus content hash, index layout
 * version and embedding model). A folder is complete when it holds its {@link IndexSchema#MANIFEST}:
 * folders are filled under a temporary name and moved into place in one step, so readers never see half
 * an index and concurrent builders or extractors do not clash.
 *
 * <p>The root is, in order: system property {@code portal.kb.index-cache}, environment variable
 * {@code PORTAL_KB_INDEX_CACHE}, {@code ~/.cache/xiangyang-portal/kb-index}, or, when the home folder is
 * not writable, {@code java.io.tmpdir/xiangyang-portal/kb-index}.
 */
public final class IndexCache {

  private final Path root;

  public IndexCache(Path root) {
    this.root = root;
  }

  /** The cache at its configured or default location. */
  public static IndexCache standard() {
    String configured = System.getProperty("portal.kb.index-cache");
    if (configured == null || configured.isBlank()) {
      configured = System.getenv("PORTAL_KB_INDEX_CACHE");
    }
    if (configured != null && !configured.isBlank()) {
      return new IndexCache(Path.of(configured));
    }
    Path home = Path.of(System.getProperty("user.home"), ".cache", "xiangyang-portal", "kb-index");
    try {
      Files.createDirectories(home);
      if (Files.isWritable(home)) {
        return new IndexCache(home);
      }
    } catch (IOException | SecurityException e) {
      // read-only home (containers): fall through to the temporary folder
    }
    return new IndexCache(
        Path.of(System.getProperty("java.io.tmpdir"), "xiangyang-portal", "kb-index"));
  }

  /** The cache key of an index built from a corpus with this content hash. */
  public static String key(String corpusContentHash) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String material =
          IndexSchema.VERSION + "|" + IndexSchema.EMBEDDING_MODEL + "|" + corpusContentHash;
      return HexFormat.of()
          .formatHex(sha.digest(material.getBytes(StandardCharsets.UTF_8)))
          .substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  public Path root() {
    return root;
  }

  /** The complete index folder for this key, or null when it is not cached. */
  public @Nullable Path find(String key) {
    Path folder = root.resolve(key);
    return Files.isRegularFile(folder.resolve(IndexSchema.MANIFEST)) ? folder : null;
  }

  /** A fresh, empty folder beside the cache entries, to fill and then {@link #publish}. */
  public Path newWorkFolder(String key) throws IOException {
    Files.createDirectories(root);
    return Files.createTempDirectory(root, "." + key + "-");
  }

  /**
   * Moves a filled work folder into place under {@code key} and returns the entry. When another process
   * published the same key first, the work folder is deleted and the existing entry returned.
   */
  public Path publish(Path workFolder, String key) throws IOException {
    Path target = root.resolve(key);
    try {
      Files.move(workFolder, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileSystemException e) {
      // the target exists (the exception type depends on the file system), or the move is not
      // atomic here
      if (find(key) == null) {
        // a stale, incomplete entry (killed process): replace it, unless another build wins the
        // race
        try {
          deleteRecursively(target);
          Files.move(workFolder, target, StandardCopyOption.ATOMIC_MOVE);
          return target;
        } catch (FileSystemException raced) {
          if (find(key) == null) {
            throw raced;
          }
        }
      }
      deleteRecursively(workFolder);
    }
    return target;
  }

  /**
   * The folder of the index shipped on the classpath under {@value IndexSchema#CLASSPATH_FOLDER}: the
   * cached copy of its key, extracted from the classpath (e.g. from the jar) first if the cache lacks it.
   *
   * @throws IllegalStateException when the classpath holds no index (the build did not run the builder)
   */
  public Path extractClasspathIndex(ClassLoader loader) {
    String prefix = IndexSchema.CLASSPATH_FOLDER + "/";
    Properties manifest;
    try (InputStream in = loader.getResourceAsStream(prefix + IndexSchema.MANIFEST)) {
      if (in == null) {
        throw new IllegalStateException("no knowledge index on the classpath (" + prefix
            + IndexSchema.MANIFEST + "); build knowledge-base first");
      }
      manifest = load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String key = manifest.getProperty("key");
    Path cached = find(key);
    if (cached != null) {
      return cached;
    }
    try {
      Path work = newWorkFolder(key);
      try {
        for (String file : manifest.getProperty("files", "").split(",")) {
          if (file.isBlank()) {
            continue;
          }
          try (InputStream in = loader.getResourceAsStream(prefix + file)) {
            if (in == null) {
              throw new IllegalStateException(
                  "index file missing from the classpath: " + prefix + file);
            }
            Files.copy(in, work.resolve(file));
          }
        }
        // the manifest goes last: it marks the copy complete
        try (InputStream in = loader.getResourceAsStream(prefix + IndexSchema.MANIFEST)) {
          Files.copy(java.util.Objects.requireNonNull(in), work.resolve(IndexSchema.MANIFEST));
        }
        return publish(work, key);
      } finally {
        deleteRecursively(work);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot extract the knowledge index into " + root, e);
    }
  }

  /** Reads an index folder's manifest. */
  public static Properties manifest(Path folder) {
    return readManifest(folder.resolve(IndexSchema.MANIFEST));
  }

  static Properties readManifest(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index manifest " + file, e);
    }
  }

  static Properties load(InputStream in) throws IOException {
    Properties properties = new Properties();
    properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    return properties;
  }

  /** Deletes a folder and everything in it; a missing folder is fine. */
  public static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** Copies the files of an index folder (flat) into {@code target}, replacing what is there. */
  public static void copyIndex(Path source, Path target) throws IOException {
    deleteRecursively(target);
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(source)) {
      for (Path file : files.toList()) {
        if (file.getFileName().toString().equals("write.lock")) {
          continue;
        }
        Files.copy(
            file,
            target.resolve(file.getFileName().toString()),
            StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
