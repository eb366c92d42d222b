package cn.xiangyang.portal.filing.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Evidence files stored as bytes in PostgreSQL, with the type recognised from their content. */
@Component
class EvidenceFiles {

  private final DatabaseClient db;

  EvidenceFiles(DatabaseClient db) {
    this.db = db;
  }

  record Content(String fileName, String mediaType, byte[] bytes) {}

  Mono<Views.EvidenceView> store(
      UUID caseId,
      UUID uploadedBy,
      String party,
      String fileName,
      FileType type,
      byte[] bytes,
      @Nullable String description,
      @Nullable String source,
      @Nullable String proves,
      Instant now) {
    UUID id = UUID.randomUUID();
    var spec = db.sql("""
                insert into evidence (id, case_id, uploaded_by, party, file_name, media_type, size_bytes, sha256, description, source, proves, content, uploaded_at)
                values (:id, :c, :by, :party, :name, :type, :size, :sha, :description, :source, :proves, :content, :now)""")
        .bind("id", id)
        .bind("c", caseId)
        .bind("by", uploadedBy)
        .bind("party", party)
        .bind("name", fileName)
        .bind("type", type.mediaType())
        .bind("size", bytes.length)
        .bind("sha", sha256(bytes))
        .bind("content", bytes)
        .bind("now", now);
    spec = description == null
        ? spec.bindNull("description", String.class)
        : spec.bind("description", description);
    spec = source == null ? spec.bindNull("source", String.class) : spec.bind("source", source);
    spec = proves == null ? spec.bindNull("proves", String.class) : spec.bind("proves", proves);
    return spec.then()
        .thenReturn(new Views.EvidenceView(
            id, party, fileName, type.mediaType(), bytes.length, description, now, source, proves));
  }

  Flux<Views.EvidenceView> list(UUID caseId) {
    return db.sql(
            "select id, party, file_name, media_type, size_bytes, description, uploaded_at, source, proves from evidence where case_id = :c order by uploaded_at, id")
        .bind("c", caseId)
        .map(r -> new Views.EvidenceView(
            r.get("id", UUID.class),
            r.get("party", String.class),
            r.get("file_name", String.class),
            r.get("media_type", String.class),
            r.get("size_bytes", Integer.class),
            r.get("description", String.class),
            r.get("uploaded_at", Instant.class),
            r.get("source", String.class),
            r.get("proves", String.class)))
        .all();
  }

  Mono<Long> count(UUID caseId) {
    return db.sql("select count(*) as n from evidence where case_id = :c")
        .bind("c", caseId)
        .map(r -> r.get("n", Long.class))
        .one();
  }

  Mono<Long> delete(UUID caseId, UUID evidenceId, UUID uploadedBy) {
    return db.sql("delete from evidence where id = :id and case_id = :c and uploaded_by = :by")
        .bind("id", evidenceId)
        .bind("c", caseId)
        .bind("by", uploadedBy)
        .fetch()
        .rowsUpdated();
  }

  Mono<Content> content(UUID caseId, UUID evidenceId) {
    return db.sql(
            "select file_name, media_type, content from evidence where id = :id and case_id = :c")
        .bind("id", evidenceId)
        .bind("c", caseId)
        .map(r -> new Content(
            r.get("file_name", String.class),
            r.get("media_type", String.class),
            r.get("content", byte[].class)))
        .one();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
