package cn.xiangyang.portal.system;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Keyset paging of a list that stays a bare JSON array (issue 18: the unpaged lists fell over as they grew):
 * a page is {@code limit} rows after the row whose cursor the request gives; when more remain, the answer
 * carries {@code Link: <path?param=cursor&limit=n>; rel="next"}. A cursor is the sort key and the id of a
 * page's last row, as opaque URL-safe text. Query {@code limit + 1} rows and hand them to {@link #of}.
 */
public final class KeysetPage {

  private KeysetPage() {}

  /** The page size asked for: absent is {@code defaultLimit}; otherwise 1 to {@code max}, else a Chinese 400. */
  public static int limit(@Nullable String limit, int defaultLimit, int max) {
    if (limit == null || limit.isBlank()) {
      return defaultLimit;
    }
    try {
      int n = Integer.parseInt(limit.strip());
      if (n >= 1 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidInput("每页条数 limit 应为 1 到 " + max + " 之间的整数（不填为 " + defaultLimit + " 条）。");
  }

  /** Where a page ends: the sort key of its last row (a time, a name) and the row's id. */
  public record Cursor(String key, UUID id) {

    public static Cursor of(Instant at, UUID id) {
      return new Cursor(at.toString(), id);
    }

    public String text() {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString((id + "|" + key).getBytes(StandardCharsets.UTF_8));
    }

    public Instant instant(String param) {
      try {
        return Instant.parse(key);
      } catch (DateTimeParseException e) {
        throw invalid(param);
      }
    }

    /** The cursor a request gives in {@code param}; null when absent, a Chinese 400 when malformed. */
    public static @Nullable Cursor parse(@Nullable String text, String param) {
      if (text == null) {
        return null;
      }
      try {
        String plain =
            new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
        int bar = plain.indexOf('|');
        if (bar > 0 && bar < plain.length() - 1) {
          return new Cursor(plain.substring(bar + 1), UUID.fromString(plain.substring(0, bar)));
        }
      } catch (IllegalArgumentException e) {
        // answered below
      }
      throw invalid(param);
    }

    private static InvalidInput invalid(String param) {
      return new InvalidInput("翻页参数 " + param + " 无效：请使用响应头 Link 中下一页的地址（rel=\"next\"）。");
    }
  }

  /**
   * The answer for {@code rows} (at most {@code limit + 1} of them, in the list's order): the first
   * {@code limit}, with a Link to the next page when there was one more.
   */
  public static <T> ResponseEntity<List<T>> of(
      List<T> rows, int limit, String path, String param, Function<T, Cursor> cursor) {
    List<T> page = rows.size() > limit ? rows.subList(0, limit) : rows;
    ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
    if (rows.size() > limit) {
      ok.header(
          HttpHeaders.LINK,
          "<" + path + (path.contains("?") ? "&" : "?") + param + "="
              + cursor.apply(page.getLast()).text() + "&limit=" + limit + ">; rel=\"next\"");
    }
    return ok.body(List.copyOf(page));
  }
}
