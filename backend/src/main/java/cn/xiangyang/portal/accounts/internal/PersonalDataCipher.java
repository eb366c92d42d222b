package cn.xiangyang.portal.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Protects ID numbers at rest: AES-256-GCM encryption with a random IV for the stored value, and a
 * keyed hash (HMAC-SHA256) to find and de-duplicate a number without storing it in clear.
 */
@Component
class PersonalDataCipher {

  // A fixed salt is fine: the data key itself is random and secret.
  private static final String SALT = "7870726f74616c2d6964";

  private final TextEncryptor encryptor;
  private final SecretKeySpec hmacKey;

  PersonalDataCipher(AccountsProperties properties) {
    String key = properties.dataKey();
    if (key == null || key.length() < 16) {
      throw new IllegalStateException("缺少数据加密密钥：请设置环境变量 PORTAL_DATA_KEY（至少 16 个字符的随机串）");
    }
    this.encryptor = Encryptors.delux(key, SALT);
    try {
      byte[] derived = MessageDigest.getInstance("SHA-256")
          .digest(("hmac:" + key).getBytes(StandardCharsets.UTF_8));
      this.hmacKey = new SecretKeySpec(derived, "HmacSHA256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  String encrypt(String clear) {
    return encryptor.encrypt(clear);
  }

  String decrypt(String cipher) {
    return encryptor.decrypt(cipher);
  }

  /** The same input always gives the same hex string; without the key it reveals nothing. */
  String keyedHash(String clear) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(hmacKey);
      return HexFormat.of().formatHex(mac.doFinal(clear.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
