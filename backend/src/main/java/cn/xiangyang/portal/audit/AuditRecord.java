package cn.xiangyang.portal.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of an audit trail as stored.
 *
 * @param action a stable code such as {@code case.accepted}; modules say it in Chinese for people
 * @param detail the JSON detail read back as maps, lists and scalars, or null
 */
public record AuditRecord(
    Instant occurredAt,
    @Nullable UUID actorId,
    String action,
    String subject,
    @Nullable Object detail) {}
