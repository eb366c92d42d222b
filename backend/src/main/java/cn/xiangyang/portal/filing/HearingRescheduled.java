package cn.xiangyang.portal.filing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Staff set a new date for a case's hearing: the hearing {@code previousHearingId} is cancelled and
 * replaced by {@code hearingId}, with a new notice to both parties (劳动争议调解仲裁法第三十五条).
 * The fields mean what they mean in {@link HearingScheduled}.
 */
public record HearingRescheduled(
    UUID caseId,
    UUID hearingId,
    UUID previousHearingId,
    String caseNumber,
    String commissionId,
    Instant startsAt,
    @Nullable String room,
    List<ClaimType> causes,
    String applicantName,
    String respondentName) {}
