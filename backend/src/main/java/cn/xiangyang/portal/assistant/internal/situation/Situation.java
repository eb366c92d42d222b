package cn.xiangyang.portal.assistant.internal.situation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a story says about one employment, as far as the words allow: every field is {@code null} (or
 * {@code false}, {@link Asker#UNKNOWN}, {@link Ending#UNKNOWN}) when the story does not say it, never a
 * guess.
 *
 * @param asker who is asking
 * @param start first day of work (a month alone is read as its first day)
 * @param end last day of work or the day it was ended
 * @param stillEmployed {@code true} when the story says the person still works there, {@code false} when
 *     it says the job has ended, {@code null} when it says neither
 * @param ending how the job ended, or is being ended
 * @param writtenContract whether a written labor contract was signed
 * @param monthlyWage the agreed monthly wage in yuan
 * @param unpaidMonths how many months' wages are owed
 * @param unpaidAmount how much is owed in yuan, when the story names a sum
 * @param serviceMonths length of service in months when given as a duration ("干了3年半")
 * @param area the Xiangyang area code (e.g. {@code fancheng}) where the work is done
 * @param injured whether the story speaks of an injury at or on the way to work
 * @param pregnant whether the worker is pregnant
 * @param dispatched whether the worker was sent by a labor-dispatch agency
 * @param employer the employer's name as the story gives it ("襄阳某某机械有限公司"), for the application
 * @param weekdayOvertimeHours overtime hours beyond the working day, in all (劳动法 第四十四条第一项)
 * @param restDayOvertimeHours hours worked on rest days, in all (第二项)
 * @param holidayOvertimeHours hours worked on statutory holidays, in all (第三项)
 * @param unusedLeaveDays annual leave days due and not taken, when the story names them
 * @param today the date the story was told, against which relative dates were resolved
 */
public record Situation(
    Asker asker,
    @Nullable LocalDate start,
    @Nullable LocalDate end,
    @Nullable Boolean stillEmployed,
    Ending ending,
    @Nullable Boolean writtenContract,
    @Nullable BigDecimal monthlyWage,
    @Nullable Integer unpaidMonths,
    @Nullable BigDecimal unpaidAmount,
    @Nullable Integer serviceMonths,
    @Nullable String area,
    boolean injured,
    boolean pregnant,
    boolean dispatched,
    @Nullable String employer,
    @Nullable BigDecimal weekdayOvertimeHours,
    @Nullable BigDecimal restDayOvertimeHours,
    @Nullable BigDecimal holidayOvertimeHours,
    @Nullable Integer unusedLeaveDays,
    LocalDate today) {

  /** Who tells the story. */
  public enum Asker {
    WORKER("劳动者"),
    EMPLOYER("用人单位"),
    UNKNOWN("未说明");

    private final String label;

    Asker(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** How the employment ended or is being ended. */
  public enum Ending {
    DISMISSED("被单位辞退"),
    RESIGNED("自己辞职"),
    CONTRACT_EXPIRED("合同到期不续"),
    UNKNOWN("未说明");

    private final String label;

    Ending(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** True when the story states at least one fact of the employment beyond who is asking. */
  public boolean statesFacts() {
    return start != null
        || end != null
        || stillEmployed != null
        || ending != Ending.UNKNOWN
        || writtenContract != null
        || monthlyWage != null
        || unpaidMonths != null
        || unpaidAmount != null
        || serviceMonths != null
        || area != null
        || injured
        || pregnant
        || dispatched
        || overtimeHours() != null
        || unusedLeaveDays != null;
  }

  /** This situation, with each fact it does not state taken from {@code earlier} (what was said before). */
  public Situation orElse(Situation earlier) {
    return new Situation(
        asker != Asker.UNKNOWN ? asker : earlier.asker,
        start != null ? start : earlier.start,
        end != null ? end : earlier.end,
        stillEmployed != null ? stillEmployed : earlier.stillEmployed,
        ending != Ending.UNKNOWN ? ending : earlier.ending,
        writtenContract != null ? writtenContract : earlier.writtenContract,
        monthlyWage != null ? monthlyWage : earlier.monthlyWage,
        unpaidMonths != null ? unpaidMonths : earlier.unpaidMonths,
        unpaidAmount != null ? unpaidAmount : earlier.unpaidAmount,
        serviceMonths != null ? serviceMonths : earlier.serviceMonths,
        area != null ? area : earlier.area,
        injured || earlier.injured,
        pregnant || earlier.pregnant,
        dispatched || earlier.dispatched,
        employer != null ? employer : earlier.employer,
        weekdayOvertimeHours != null ? weekdayOvertimeHours : earlier.weekdayOvertimeHours,
        restDayOvertimeHours != null ? restDayOvertimeHours : earlier.restDayOvertimeHours,
        holidayOvertimeHours != null ? holidayOvertimeHours : earlier.holidayOvertimeHours,
        unusedLeaveDays != null ? unusedLeaveDays : earlier.unusedLeaveDays,
        today);
  }

  /** All overtime hours the story names, or {@code null} when it names none. */
  public @Nullable BigDecimal overtimeHours() {
    if (weekdayOvertimeHours == null
        && restDayOvertimeHours == null
        && holidayOvertimeHours == null) {
      return null;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal h :
        new BigDecimal[] {weekdayOvertimeHours, restDayOvertimeHours, holidayOvertimeHours}) {
      sum = h == null ? sum : sum.add(h);
    }
    return sum;
  }

  /** The months of service: the stated duration, else the months from start to end (or today). */
  public @Nullable Integer monthsOfService() {
    if (serviceMonths != null) {
      return serviceMonths;
    }
    if (start == null) {
      return null;
    }
    LocalDate until = end != null ? end : today;
    return until.isBefore(start)
        ? null
        : (int) java.time.temporal.ChronoUnit.MONTHS.between(start, until);
  }
}
