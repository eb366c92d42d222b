package cn.xiangyang.portal.assistant.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits answer text into the pieces streamed as {@code delta} events. */
final class Chunks {

  private Chunks() {}

  /**
   * Pieces of about {@code size} characters that concatenate to {@code text}: each ends after a
   * punctuation mark once it is {@code size} long, or at twice that length, never inside a surrogate pair.
   */
  static List<String> of(String text, int size) {
    List<String> chunks = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int length = i + 1 - start;
      boolean punctuation = "，。；：！？、\n".indexOf(c) >= 0;
      if ((length >= size && punctuation)
          || (length >= 2 * size && !Character.isHighSurrogate(c))) {
        chunks.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      chunks.add(text.substring(start));
    }
    return chunks;
  }
}
