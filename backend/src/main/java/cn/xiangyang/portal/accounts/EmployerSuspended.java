package cn.xiangyang.portal.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * Staff suspended an employer account reported as an impostor: what it filed in cases is void.
 * Published through the outbox in the suspension's transaction (delivered at least once after the
 * commit); listeners (filing) void its answers and tell the worker.
 *
 * @param accountId the suspended account
 * @param creditCode the company it claimed to be
 * @param reason why, as staff wrote it
 * @param suspendedBy the staff member
 * @param suspendedAt when
 */
public record EmployerSuspended(
    UUID accountId, String creditCode, String reason, UUID suspendedBy, Instant suspendedAt) {}
