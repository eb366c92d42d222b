package cn.xiangyang.portal.accounts.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The file types taken as verification documents (licence, 授权委托书), recognised from their first
 * bytes, never from the name or the declared type — the same rule as case evidence.
 */
enum DocumentType {
  PDF("application/pdf", "pdf"),
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png");

  private final String mediaType;
  private final String extension;

  DocumentType(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  String mediaType() {
    return mediaType;
  }

  /** The type whose signature starts {@code bytes}; empty for anything else. */
  static Optional<DocumentType> sniff(byte[] bytes) {
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

  /**
   * A display name safe to store and to send back: no path, no control or bidi characters, at most
   * 100 characters, with the extension of the real type.
   */
  String safeName(String submitted, String fallback) {
    String name = submitted.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    name = name.codePoints()
        .filter(
            c -> !Character.isISOControl(c) && c != '"' && Character.getType(c) != Character.FORMAT)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString()
        .strip();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    if (base.isBlank() || base.startsWith(".")) {
      base = fallback;
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
