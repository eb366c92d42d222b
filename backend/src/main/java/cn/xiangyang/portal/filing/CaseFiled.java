package cn.xiangyang.portal.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A worker submitted an application (or resubmitted it after 补正) and it has its case number.
 * Published durably in the submitting transaction ({@code cn.xiangyang.portal.events}).
 *
 * @param applicantId the worker's account
 * @param acceptanceDue the last day of the 5-day acceptance period (劳动争议调解仲裁法第二十九条)
 * @param resubmitted true when this is the corrected application of a case that already had its number
 */
public record CaseFiled(
    UUID caseId,
    String caseNumber,
    String commissionId,
    UUID applicantId,
    Instant filedAt,
    LocalDate acceptanceDue,
    boolean resubmitted) {}
