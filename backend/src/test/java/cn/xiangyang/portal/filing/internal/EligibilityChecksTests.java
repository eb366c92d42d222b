package cn.xiangyang.portal.filing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xiangyang.portal.calculators.Citation;
import cn.xiangyang.portal.calculators.LegalCalendar;
import cn.xiangyang.portal.calculators.LimitationPeriod;
import cn.xiangyang.portal.filing.ClaimType;
import cn.xiangyang.portal.filing.internal.ApplicationForm.EmployerKind;
import cn.xiangyang.portal.filing.internal.CheckResult.Outcome;
import cn.xiangyang.portal.kb.ArticleRef;
import cn.xiangyang.portal.kb.Corpus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The pre-filing checks that need no database, one behaviour each. */
class EligibilityChecksTests {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  private static final LimitationPeriod LIMITATION = new LimitationPeriod(
      LegalCalendar.fromClasspath(), Clock.fixed(TODAY.atStartOfDay(ZONE).toInstant(), ZONE));
  private static final EligibilityChecks.Places PLACES = new EligibilityChecks.Places(
      Map.of("fancheng", "fancheng", "xiangcheng", "xiangcheng", "zaoyang", "zaoyang"),
      Map.of("fancheng", "樊城区", "xiangcheng", "襄城区", "zaoyang", "枣阳市"),
      Map.of(
          "fancheng",
          "樊城区劳动人事争议仲裁委员会",
          "xiangcheng",
          "襄城区劳动人事争议仲裁委员会",
          "zaoyang",
          "枣阳市劳动人事争议仲裁委员会"));

  private static final List<EligibilityCheck> CHECKS = List.of(
      new RequiredElementsCheck(),
      new ScopeCheck(),
      new RespondentCheck(),
      new LimitationCheck(LIMITATION),
      new ExclusiveClaimsCheck(),
      new CapsCheck(),
      new JurisdictionCheck(),
      new FastTrackCheck());

  static ApplicationForm.Employment employment(
      @Nullable LocalDate start,
      @Nullable LocalDate end,
      @Nullable Boolean stillEmployed,
      @Nullable EmployerKind kind,
      @Nullable Boolean retired) {
    return new ApplicationForm.Employment(
        start,
        end,
        "焊工",
        new BigDecimal("4500.00"),
        false,
        "fancheng",
        "车间",
        stillEmployed,
        retired,
        kind);
  }

  static ApplicationForm.Claim claim(
      ClaimType type,
      @Nullable String amount,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      @Nullable String description,
      @Nullable LocalDate knewOn) {
    return new ApplicationForm.Claim(
        type, amount == null ? null : new BigDecimal(amount), from, to, description, knewOn);
  }

  static ApplicationForm form(
      ApplicationForm.Employment e,
      List<ApplicationForm.Respondent> respondents,
      ApplicationForm.Claim... claims) {
    return new ApplicationForm(
        ApplicationForm.Procedure.ARBITRATION,
        new ApplicationForm.Applicant("襄阳市樊城区人民路 1 号", "MALE", "焊工", null),
        respondents,
        e,
        List.of(claims),
        "拖欠工资",
        "工资条",
        null,
        true,
        null,
        null);
  }

  static ApplicationForm.Respondent respondent(
      String name, @Nullable String creditCode, @Nullable String area) {
    return new ApplicationForm.Respondent(name, creditCode, "地址", "李某", "经理", area, null);
  }

  static List<CheckResult> run(ApplicationForm form) {
    EligibilityCheck.Facts facts = new EligibilityCheck.Facts(form, 0, PLACES, TODAY);
    List<CheckResult> all = new ArrayList<>();
    CHECKS.forEach(c -> all.addAll(c.check(facts).block()));
    return all;
  }

  static List<CheckResult> code(List<CheckResult> results, String code) {
    return results.stream().filter(r -> r.code().equals(code)).toList();
  }

  private static final List<ApplicationForm.Respondent> ONE =
      List.of(respondent("襄阳某某机械有限公司", "91420600MA4KXXXX0X", "xiangcheng"));

  @Test
  void wagesWithABlankEndDateAndNoAnswerAreNeverCalledWithinTheLimitationPeriod() {
    List<CheckResult> r = run(form(
        employment(LocalDate.of(2024, 1, 1), null, null, EmployerKind.ORGANISATION, false),
        ONE,
        claim(
            ClaimType.UNPAID_WAGES,
            "9000.00",
            LocalDate.of(2026, 8, 1),
            LocalDate.of(2026, 10, 31),
            null,
            null)));
    CheckResult limitation = code(r, "LIMITATION").getFirst();
    assertThat(limitation.outcome()).isEqualTo(Outcome.WARNING);
    assertThat(limitation.title()).contains("无法判断").doesNotContain("在仲裁时效内");
    assertThat(limitation.explanation()).contains("是否已经离职");
  }

  @Test
  void wagesWhileStillEmployedAreWithinThePeriod() {
    List<CheckResult> r = run(form(
        employment(LocalDate.of(2024, 1, 1), null, true, EmployerKind.ORGANISATION, false),
        ONE,
        claim(
            ClaimType.UNPAID_WAGES,
            "9000.00",
            LocalDate.of(2026, 8, 1),
            LocalDate.of(2026, 10, 31),
            null,
            null)));
    assertThat(code(r, "LIMITATION").getFirst().outcome()).isEqualTo(Outcome.OK);
  }

  @Test
  void aClaimKnownLongAgoIsFlaggedButStillAccepted() {
    List<CheckResult> r = run(form(
        employment(
            LocalDate.of(2020, 1, 1),
            LocalDate.of(2025, 3, 15),
            false,
            EmployerKind.ORGANISATION,
            false),
        ONE,
        claim(
            ClaimType.UNLAWFUL_TERMINATION_DAMAGES,
            "18000.00",
            null,
            null,
            null,
            LocalDate.of(2025, 3, 15))));
    CheckResult limitation = code(r, "LIMITATION").getFirst();
    assertThat(limitation.outcome()).isEqualTo(Outcome.PROBLEM);
    assertThat(limitation.explanation()).contains("2026年3月16日").contains("仍会受理");
    assertThat(limitation.citations()).contains(Citation.caseHandlingRules(30));
  }

  @Test
  void aDemandMadeToTheEmployerStartsTheYearAgain() {
    // 调解仲裁法 第二十七条第二款: dismissed 2025-03-15, but he asked for his damages in writing on 2026-02-10
    ApplicationForm f = form(
        employment(
            LocalDate.of(2020, 1, 1),
            LocalDate.of(2025, 3, 15),
            false,
            EmployerKind.ORGANISATION,
            false),
        ONE,
        claim(
            ClaimType.UNLAWFUL_TERMINATION_DAMAGES,
            "18000.00",
            null,
            null,
            null,
            LocalDate.of(2025, 3, 15)));
    ApplicationForm interrupted = new ApplicationForm(
        f.procedure(),
        f.applicant(),
        f.respondents(),
        f.employment(),
        f.claims(),
        f.factsAndReasons(),
        f.evidenceNotes(),
        f.knewOn(),
        f.migrantWorker(),
        f.witnesses(),
        LocalDate.of(2026, 2, 10));
    CheckResult limitation = code(run(interrupted), "LIMITATION").getFirst();
    assertThat(limitation.outcome()).isNotEqualTo(Outcome.PROBLEM);
    assertThat(limitation.explanation()).contains("2027年2月").doesNotContain("届满");
  }

  @Test
  void householdHelpAndPensionersArePointedOutsideTheCommission() {
    List<CheckResult> household = run(form(
        employment(LocalDate.of(2024, 1, 1), null, true, EmployerKind.HOUSEHOLD, false),
        ONE,
        claim(ClaimType.UNPAID_WAGES, "3000.00", null, null, null, null)));
    assertThat(code(household, "SCOPE").getFirst().outcome()).isEqualTo(Outcome.PROBLEM);
    assertThat(code(household, "SCOPE").getFirst().citation())
        .isEqualTo(Citation.spcInterpretation(2));
    List<CheckResult> retired = run(form(
        employment(LocalDate.of(2024, 1, 1), null, true, EmployerKind.ORGANISATION, true),
        ONE,
        claim(ClaimType.UNPAID_WAGES, "3000.00", null, null, null, null)));
    assertThat(code(retired, "SCOPE").getFirst().explanation()).contains("劳务关系");
    assertThat(code(retired, "SCOPE").getFirst().citation())
        .isEqualTo(Citation.spcInterpretation(32));
  }

  @Test
  void apprenticesOfCraftsmenWorkersOfRuralHouseholdsAndClaimsAgainstTheAgencyArePointedOutside() {
    // 解释（一）第二条第五、六项: 个体工匠与帮工、学徒; 农村承包经营户与受雇人.
    for (EmployerKind kind : List.of(EmployerKind.CRAFTSMAN, EmployerKind.RURAL_CONTRACTOR)) {
      CheckResult scope = code(
              run(form(
                  employment(LocalDate.of(2024, 1, 1), null, true, kind, false),
                  ONE,
                  claim(ClaimType.UNPAID_WAGES, "3000.00", null, null, null, null))),
              "SCOPE")
          .getFirst();
      assertThat(scope.outcome()).as(kind.name()).isEqualTo(Outcome.PROBLEM);
      assertThat(scope.explanation()).as(kind.name()).contains("不属于劳动争议", "人民调解");
      assertThat(scope.citation()).isEqualTo(Citation.spcInterpretation(2));
    }
    // 第一项: asking the social-insurance agency to pay is not a dispute with the employer.
    List<CheckResult> agency = code(
        run(form(
            employment(LocalDate.of(2024, 1, 1), null, true, EmployerKind.ORGANISATION, false),
            ONE,
            claim(ClaimType.OTHER, null, null, null, "社保局不给发养老金", LocalDate.of(2026, 10, 1)))),
        "SCOPE");
    assertThat(agency).anySatisfy(r -> {
      assertThat(r.outcome()).isEqualTo(Outcome.PROBLEM);
      assertThat(r.explanation()).contains("社会保险经办机构", "第二条第一项", "行政复议");
    });
  }

  @Test
  void doubleWagesWhileAWrittenContractExistsAreFlaggedWithTheChoiceExplained() {
    ApplicationForm.Employment signed = new ApplicationForm.Employment(
        LocalDate.of(2024, 1, 1),
        null,
        "焊工",
        new BigDecimal("4500.00"),
        true,
        "fancheng",
        "车间",
        true,
        false,
        EmployerKind.ORGANISATION);
    CheckResult exclusive = code(
            run(form(
                signed,
                ONE,
                claim(
                    ClaimType.DOUBLE_WAGES_NO_CONTRACT,
                    "20000.00",
                    LocalDate.of(2024, 2, 1),
                    LocalDate.of(2024, 12, 31),
                    null,
                    null))),
            "EXCLUSIVE_CLAIMS")
        .getFirst();
    assertThat(exclusive.outcome()).isEqualTo(Outcome.WARNING);
    assertThat(exclusive.explanation()).contains("签合同之前", "11 个月");
    assertThat(exclusive.citation()).isEqualTo(Citation.laborContractLaw(82));
  }

  @Test
  void backContributionsGoToTheCollectionAgencyAndInjuryDecisionsToReview() {
    List<CheckResult> r = run(form(
        employment(LocalDate.of(2024, 1, 1), null, true, EmployerKind.ORGANISATION, false),
        ONE,
        claim(ClaimType.SOCIAL_INSURANCE, null, null, null, "要求补缴社保", null),
        claim(ClaimType.OTHER, null, null, null, "不服工伤认定结论", LocalDate.of(2026, 10, 1))));
    assertThat(code(r, "SCOPE"))
        .extracting(CheckResult::citation)
        .contains(Citation.socialInsuranceLaw(63), Citation.workInjuryRegulation(55));
  }

  @Test
  void aMissingCreditCodeIsNotAMissingElementAndTheMessageNamesTheAlternatives() {
    List<CheckResult> r = run(form(
        employment(LocalDate.of(2024, 1, 1), null, true, EmployerKind.UNLICENSED_BOSS, false),
        List.of(respondent("王某（包工头）", null, "fancheng")),
        claim(ClaimType.UNPAID_WAGES, "3000.00", null, null, null, null)));
    assertThat(code(r, "REQUIRED_ELEMENTS").getFirst().explanation()).doesNotContain("统一社会信用代码");
    CheckResult respondent = code(r, "RESPONDENT").getFirst();
    assertThat(respondent.explanation()).contains("没有营业执照").contains("口头申请");
    assertThat(respondent.citations())
        .contains(Citation.laborContractLaw(94), Citation.arbitrationLaw(28));
  }

  @Test
  void compensationTogetherWithDamagesIsFlaggedAsExclusive() {
    List<CheckResult> r = run(form(
        employment(
            LocalDate.of(2022, 1, 1),
            LocalDate.of(2026, 11, 1),
            false,
            EmployerKind.ORGANISATION,
            false),
        ONE,
        claim(ClaimType.ECONOMIC_COMPENSATION, "22500.00", null, null, null, null),
        claim(ClaimType.UNLAWFUL_TERMINATION_DAMAGES, "45000.00", null, null, null, null),
        claim(ClaimType.CONTINUE_EMPLOYMENT, null, null, null, null, null)));
    assertThat(code(r, "EXCLUSIVE_CLAIMS"))
        .extracting(CheckResult::citation)
        .containsExactly(Citation.laborContractRegulation(25), Citation.laborContractLaw(48));
  }

  @Test
  void capsWarnAboutMoreThanElevenMonthsOfDoubleWagesAndTooMuchCompensation() {
    List<CheckResult> r = run(form(
        employment(
            LocalDate.of(2022, 1, 1),
            LocalDate.of(2026, 11, 1),
            false,
            EmployerKind.ORGANISATION,
            false),
        ONE,
        claim(
            ClaimType.DOUBLE_WAGES_NO_CONTRACT,
            "60000.00",
            LocalDate.of(2022, 2, 1),
            LocalDate.of(2023, 6, 30),
            null,
            null),
        claim(ClaimType.ECONOMIC_COMPENSATION, "30000.00", null, null, null, null)));
    List<CheckResult> caps = code(r, "CAPS");
    assertThat(caps).anySatisfy(c -> assertThat(c.title()).contains("11 个月"));
    // 2022-01-01 .. 2026-11-01: 4 years 10 months → 5 months × 4500 = 22500.
    assertThat(caps)
        .anySatisfy(c -> assertThat(c.explanation()).contains("22500.00").contains("超过"));
  }

  @Test
  void jurisdictionListsTheWorkplaceAndEveryRespondentsArea() {
    List<CheckResult> r = run(form(
        employment(LocalDate.of(2024, 1, 1), null, true, EmployerKind.ORGANISATION, false),
        List.of(
            respondent("派遣公司", "91420600MA4KXXXX0X", "zaoyang"),
            respondent("用工单位", null, "xiangcheng")),
        claim(ClaimType.UNPAID_WAGES, "3000.00", null, null, null, null)));
    CheckResult j = code(r, "JURISDICTION").getFirst();
    assertThat(j.explanation())
        .contains("樊城区劳动人事争议仲裁委员会")
        .contains("枣阳市劳动人事争议仲裁委员会")
        .contains("襄城区劳动人事争议仲裁委员会")
        .contains("派遣");
    assertThat(j.citations()).contains(Citation.caseHandlingRules(8), Citation.arbitrationLaw(22));
    assertThat(j.title()).contains("樊城区");
  }

  @Test
  void everyCitationResolvesInTheKnowledgeBaseOncePresent() {
    Corpus corpus = Corpus.loadFromClasspath();
    // Laws another helper is adding to the corpus: checked as soon as they are there.
    Set<String> pending = Set.of(Citation.CASE_HANDLING_RULES_ID, Citation.HOLIDAY_MEASURES_ID);
    List<Citation> cited = new ArrayList<>();
    List<ApplicationForm> forms = List.of(
        form(
            employment(
                LocalDate.of(2022, 1, 1),
                LocalDate.of(2025, 3, 15),
                false,
                EmployerKind.UNLICENSED_BOSS,
                true),
            List.of(respondent("派遣公司", null, "zaoyang"), respondent("用工单位", null, "xiangcheng")),
            claim(ClaimType.ECONOMIC_COMPENSATION, "90000.00", null, null, null, null),
            claim(ClaimType.UNLAWFUL_TERMINATION_DAMAGES, "45000.00", null, null, null, null),
            claim(ClaimType.CONTINUE_EMPLOYMENT, null, null, null, null, null),
            claim(
                ClaimType.DOUBLE_WAGES_NO_CONTRACT,
                "60000.00",
                LocalDate.of(2022, 2, 1),
                LocalDate.of(2023, 6, 30),
                null,
                null),
            claim(
                ClaimType.SOCIAL_INSURANCE,
                null,
                null,
                null,
                "补缴社保，社保局不发养老金，工伤认定",
                LocalDate.of(2025, 1, 1)),
            claim(
                ClaimType.ANNUAL_LEAVE_PAY,
                "3000.00",
                null,
                LocalDate.of(2024, 12, 31),
                null,
                null),
            claim(ClaimType.CONFIRM_LABOR_RELATIONSHIP, null, null, null, null, null)),
        form(
            employment(null, null, null, EmployerKind.HOUSEHOLD, null),
            List.of(),
            claim(ClaimType.UNPAID_WAGES, null, null, null, null, null)));
    for (ApplicationForm f : forms) {
      run(f).forEach(r -> cited.addAll(r.citations()));
    }
    for (Citation c : cited) {
      if (corpus.law(c.lawId()).isEmpty()) {
        assertThat(pending)
            .as("law %s of %s is not in the knowledge base", c.lawId(), c.label())
            .contains(c.lawId());
        continue;
      }
      assertThat(corpus.article(new ArticleRef(c.lawId(), c.article())))
          .as("%s", c.label())
          .isPresent();
    }
  }
}
