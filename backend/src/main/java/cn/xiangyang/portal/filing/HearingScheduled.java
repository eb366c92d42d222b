package cn.xiangyang.portal.filing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A first hearing of a case was scheduled and both parties were served the notice (开庭通知书,
 * 劳动争议调解仲裁法第三十五条); published durably in the scheduling transaction. The names are the
 * parties' full names as filed: a listener that shows them to the public must mask them.
 *
 * @param room the hearing room, null when not yet assigned
 * @param causes the claim types of the application (案由)
 * @param applicantName the worker's name
 * @param respondentName the employers' names, joined with 、 when there are several
 */
public record HearingScheduled(
    UUID caseId,
    UUID hearingId,
    String caseNumber,
    String commissionId,
    Instant startsAt,
    @Nullable String room,
    List<ClaimType> causes,
    String applicantName,
    String respondentName) {}
