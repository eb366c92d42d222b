package cn.xiangyang.portal.hearings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A hearing that staff scheduled for a case, as the hearings module takes it in. The names are the
 * parties' real names: the module masks them at once ({@code 张某 诉 某科技有限公司}) and stores only the
 * masked form.
 *
 * @param hearingId the hearing's id, chosen by the scheduler so that a repeated delivery is recognised
 * @param caseId the case
 * @param caseNumber the case number (案号)
 * @param commissionId the commission that hears the case
 * @param startsAt when the hearing starts
 * @param room the room as the scheduler named it; matched to the commission's rooms by name
 * @param causes the claim types of the case ({@code UNPAID_WAGES}, …), shown as causes (劳动报酬争议)
 * @param applicantName the applicant's name
 * @param respondentNames the respondents' names (company or person)
 */
public record ScheduleHearing(
    UUID hearingId,
    UUID caseId,
    String caseNumber,
    String commissionId,
    Instant startsAt,
    String room,
    List<String> causes,
    String applicantName,
    List<String> respondentNames) {

  public ScheduleHearing {
    causes = List.copyOf(causes);
    respondentNames = List.copyOf(respondentNames);
  }
}
