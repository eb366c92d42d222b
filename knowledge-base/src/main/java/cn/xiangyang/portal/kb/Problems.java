package cn.xiangyang.portal.kb;

import java.util.ArrayList;
import java.util.List;

/** Problems found in the corpus, each naming the file (and entry) it is in, in Chinese and in English. */
final class Problems {

  private final List<String> messages = new ArrayList<>();

  /** Records {@code where: 中文 / English}. */
  void add(String where, String chinese, String english) {
    messages.add(where + ": " + chinese + " / " + english);
  }

  /** Records messages already in the form {@code where: 中文 / English}. */
  void addAll(List<String> formatted) {
    messages.addAll(formatted);
  }

  boolean isEmpty() {
    return messages.isEmpty();
  }

  List<String> list() {
    return List.copyOf(messages);
  }
}
