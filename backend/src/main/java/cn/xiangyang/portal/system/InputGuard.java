package cn.xiangyang.portal.system;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one guard on every string and date of every JSON body, applied while the body is read: a string
 * with a control character other than tab, line feed or carriage return, or with half of a surrogate
 * pair, and a date outside the years 1900–2199, are refused with a 400 naming the field (see {@link
 * Rejected}), before any endpoint sees them. Such input otherwise reaches PostgreSQL, which refuses
 * NUL in text with an error that was answered 500.
 */
@Component
public class InputGuard extends SimpleModule {

  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

  public InputGuard() {
    super("portal-input-guard");
    addDeserializer(String.class, new GuardedString());
    addDeserializer(LocalDate.class, new GuardedDate());
  }

  /** Why the text may not be stored, or null when it may. */
  public static @Nullable String problemWith(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return "含有无效的字符（不成对的代理码元），请删除后重新填写。";
      }
      if (Character.isLowSurrogate(c)) {
        return "含有无效的字符（不成对的代理码元），请删除后重新填写。";
      }
      if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
        return "含有不可见的控制字符（例如从其他软件复制时带入），请删除后重新填写。";
      }
    }
    return null;
  }

  /** A refused string or date; Jackson adds the path of the field it was in. */
  public static final class Rejected extends DatabindException {
    private final String reason;

    Rejected(JsonParser parser, String reason) {
      super(parser, reason);
      this.reason = reason;
    }

    /** The Chinese reason, for the field error. */
    public String reason() {
      return reason;
    }

    /** The field's path in the body, such as {@code employment.startDate} or {@code claims[0].type}. */
    public String field() {
      StringBuilder path = new StringBuilder();
      List<JacksonException.Reference> references = getPath();
      for (JacksonException.Reference reference : references) {
        if (reference.getPropertyName() != null) {
          if (!path.isEmpty()) {
            path.append('.');
          }
          path.append(reference.getPropertyName());
        } else if (reference.getIndex() >= 0) {
          path.append('[').append(reference.getIndex()).append(']');
        }
      }
      return path.isEmpty() ? "body" : path.toString();
    }
  }

  private static final class GuardedString extends StdScalarDeserializer<String> {
    GuardedString() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = StringDeserializer.instance.deserialize(p, ctxt);
      String problem = text == null ? null : problemWith(text);
      if (problem != null) {
        throw new Rejected(p, problem);
      }
      return text;
    }
  }

  private static final class GuardedDate extends LocalDateDeserializer {
    GuardedDate() {
      super(LocalDateDeserializer.INSTANCE, (Boolean) null);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
      LocalDate date = super.deserialize(p, ctxt);
      if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
        throw new Rejected(p, "日期不在合理范围内（应在 1900 年至 2199 年之间），请按 2026-01-31 的格式填写。");
      }
      return date;
    }
  }
}
