package cn.xiangyang.portal.filing.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The file types taken as evidence, recognised from their first bytes (magic numbers), never from
 * the name or the declared content type: a PNG named {@code .pdf} is stored as a PNG.
 */
enum FileType {
  PDF("application/pdf", "pdf"),
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png");

  private final String mediaType;
  private final String extension;

  FileType(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  String mediaType() {
    return mediaType;
  }

  /** The type whose signature starts {@code bytes}; empty for anything else. */
  static Optional<FileType> sniff(byte[] bytes) {
    if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46, 0x2D)) { // %PDF-
      return Optional.of(PDF);
    }
    if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (startsWith(bytes, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    return Optional.empty();
  }

  static FileType fromMediaType(String mediaType) {
    for (FileType t : values()) {
      if (t.mediaType.equals(mediaType)) {
        return t;
      }
    }
    throw new IllegalStateException("unknown stored media type");
  }

  /**
   * A display name safe to store and to send back: no path, no control characters, at most 100
   * characters, and the extension of the real type ({@code 工资条.pdf} holding PNG bytes becomes
   * {@code 工资条.png}).
   */
  String safeName(String submitted) {
    String name = submitted.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    name = name.codePoints()
        .filter(c -> !Character.isISOControl(c)
            && Character.getType(c) != Character.FORMAT
            && (c < 0xD800 || c > 0xDFFF)
            && c != '"')
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString()
        .strip();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    if (base.isBlank() || base.startsWith(".")) {
      base = "证据";
    }
    if (base.length() > 90) {
      base = base.substring(0, 90);
    }
    return base + "." + extension.toLowerCase(Locale.ROOT);
  }

  private static boolean startsWith(byte[] bytes, int... signature) {
    if (bytes.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((bytes[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
