package cn.xiangyang.portal.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A worker submitted an application (or resubmitted it after 补正) and it has its application number
 * (申请编号); the case number (案号) comes with acceptance ({@link CaseAccepted}).
 * Published durably in the submitting transaction ({@code cn.xiangyang.portal.events}).
 *
 * @param applicantId the worker's account
 * @param acceptanceDue the last day of the 5-day acceptance period (劳动争议调解仲裁法第二十九条)
 * @param caseNumber the 案号, null for a case not yet accepted (every one filed since V150)
 * @param resubmitted true when this is the corrected application of a case that already had its number
 * @param applicationNumber the 申请编号 of the receipt; null only in events published before V150
 */
public record CaseFiled(
    UUID caseId,
    @Nullable String caseNumber,
    String commissionId,
    UUID applicantId,
    Instant filedAt,
    LocalDate acceptanceDue,
    boolean resubmitted,
    @Nullable String applicationNumber) {}
