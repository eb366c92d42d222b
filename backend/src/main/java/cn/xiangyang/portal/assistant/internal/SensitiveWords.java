package cn.xiangyang.portal.assistant.internal;

import static cn.xiangyang.portal.system.Rows.required;

import cn.xiangyang.portal.audit.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The sensitive-word list staff maintain (table {@code assistant_sensitive_words}): a question holding one
 * is politely refused, and any answer has them masked. Read from the database at most once a
 * {@link #REFRESH}, so a change made on one replica reaches the others within a minute; the replica that
 * saves the change sees it at once.
 */
@Component
class SensitiveWords {

  static final Duration REFRESH = Duration.ofMinutes(1);
  static final int MAX_WORDS = 2000;

  /** The advisory lock that serializes replacements of the list (any fixed number of our own). */
  static final long LOCK_KEY = 0x5345_4e53_5749_4f52L; // "SENSWIOR"

  private final DatabaseClient db;
  private final TransactionalOperator tx;
  private final Clock clock;
  private final AuditTrail auditTrail;
  private volatile List<String> words = List.of();
  private volatile Instant loadedAt = Instant.EPOCH;

  SensitiveWords(DatabaseClient db, TransactionalOperator tx, Clock clock, AuditTrail auditTrail) {
    this.auditTrail = auditTrail;
    this.db = db;
    this.tx = tx;
    this.clock = clock;
  }

  /** The current list, longest words first. */
  Mono<List<String>> current() {
    if (loadedAt.plus(REFRESH).isAfter(clock.instant())) {
      return Mono.just(words);
    }
    return db.sql("select word from assistant_sensitive_words")
        .map(row -> required(row, "word", String.class))
        .all()
        .collectList()
        .map(this::remember);
  }

  /**
   * Replaces the whole list; blank entries and duplicates are dropped. The change is recorded in the
   * audit trail with who made it and how many words were added and removed (not the words).
   */
  Mono<List<String>> replace(List<String> newWords, UUID actor) {
    Set<String> cleaned = new LinkedHashSet<>();
    for (String word : newWords) {
      if (word != null && !word.isBlank()) {
        String w = word.strip();
        if (w.length() > 50) {
          throw new cn.xiangyang.portal.system.InvalidInput(
              "敏感词每个最多 50 个字：" + w.substring(0, 20) + "…");
        }
        cleaned.add(w);
      }
    }
    if (cleaned.size() > MAX_WORDS) {
      throw new cn.xiangyang.portal.system.InvalidInput("敏感词最多 " + MAX_WORDS + " 个。");
    }
    Instant now = clock.instant();
    Mono<Void> insertAll = Mono.when(cleaned.stream()
        .map(w -> db.sql("insert into assistant_sensitive_words (word, updated_at) values (:w, :t)")
            .bind("w", w)
            .bind("t", now)
            .then())
        .toList());
    Mono<Void> audit = db.sql("select word from assistant_sensitive_words")
        .map(row -> required(row, "word", String.class))
        .all()
        .collectList()
        .flatMap(before -> {
          long added = cleaned.stream().filter(w -> !before.contains(w)).count();
          long removed = before.stream().filter(w -> !cleaned.contains(w)).count();
          return auditTrail.record(
              now,
              actor,
              "assistant.sensitive-words.replaced",
              "sensitive-words",
              Map.of("count", cleaned.size(), "added", added, "removed", removed));
        });
    // Concurrent replacements (issue 18) each delete and insert the whole list: without a lock two
    // of them
    // interleave and one fails on the primary key. The transaction-scoped advisory lock makes each
    // wait
    // for the one before (released at commit or rollback); the last to commit wins, whole.
    Mono<Void> lock =
        db.sql("select pg_advisory_xact_lock(:key)").bind("key", LOCK_KEY).then();
    return tx.transactional(lock.then(audit)
            .then(db.sql("delete from assistant_sensitive_words").then())
            .then(insertAll))
        .then(Mono.fromSupplier(() -> remember(new ArrayList<>(cleaned))));
  }

  /** The first listed word the text holds, ignoring case, if any. */
  static @Nullable String found(String text, List<String> words) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : words) {
      if (lower.contains(word.toLowerCase(Locale.ROOT))) {
        return word;
      }
    }
    return null;
  }

  /** The text with every listed word replaced by as many ＊. */
  static String mask(String text, List<String> words) {
    String masked = text;
    for (String word : words) {
      if (!word.isEmpty()
          && masked.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT))) {
        masked = masked.replaceAll(
            "(?i)" + java.util.regex.Pattern.quote(word), "＊".repeat(word.length()));
      }
    }
    return masked;
  }

  private List<String> remember(List<String> loaded) {
    List<String> sorted = new ArrayList<>(loaded);
    sorted.sort(Comparator.comparingInt(String::length)
        .reversed()
        .thenComparing(Comparator.naturalOrder()));
    words = List.copyOf(sorted);
    loadedAt = clock.instant();
    return words;
  }
}
