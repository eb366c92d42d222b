package cn.xiangyang.portal.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The 10,000 most common passwords (data: {@code accounts/common-passwords.txt}, with its source),
 * read once at start-up. A password is refused when it, lower-cased, is on the list.
 */
@Component
class CommonPasswords {

  static final String RESOURCE = "accounts/common-passwords.txt";

  private final Set<String> passwords;

  CommonPasswords() {
    this.passwords = read();
  }

  boolean contains(String password) {
    return passwords.contains(password.toLowerCase(Locale.ROOT));
  }

  int size() {
    return passwords.size();
  }

  private static Set<String> read() {
    Set<String> set = new HashSet<>(16_384);
    try (InputStream in = CommonPasswords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("缺少常见密码表 " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          set.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(set);
  }
}
